package no.ledernett.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A group's adviser's name, for group lists. Read-only, and read in queries only: it maps the
 * matching module's published view {@code adviser_directory} (docs/architecture.md), never that
 * module's tables, so a join needs no entity of another module and costs no statement of its own.
 * Not in the shared cache, so it is never stale.
 */
@Entity
@Table(name = "adviser_directory")
public class GroupAdviser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "name", insertable = false, updatable = false)
    private String name;

    protected GroupAdviser() {
    }
}
