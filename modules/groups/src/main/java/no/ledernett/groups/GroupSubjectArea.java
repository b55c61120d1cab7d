package no.ledernett.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A subject area's name, for group lists and members' sectors. Read-only, and read in queries
 * only: it maps the matching module's published view {@code subject_area_directory}
 * (docs/architecture.md), never that module's tables, so a join needs no entity of another module
 * and costs no statement of its own. Not in the shared cache, so it is never stale.
 */
@Entity
@Table(name = "subject_area_directory")
public class GroupSubjectArea implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "name", insertable = false, updatable = false)
    private String name;

    protected GroupSubjectArea() {
    }
}
