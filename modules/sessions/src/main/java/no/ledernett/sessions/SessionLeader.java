package no.ledernett.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A leader's name and municipality, as meetings, challenges and coaching show them. Read-only, and
 * read in queries only: it maps the municipalities module's published view
 * {@code leader_directory} (docs/architecture.md), never that module's tables, so a join needs no
 * entity of another module and costs no statement of its own. Not in the shared cache, so it is
 * never stale.
 */
@Entity
@Table(name = "leader_directory")
public class SessionLeader implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "name", insertable = false, updatable = false)
    private String name;

    @Column(name = "municipality_number", insertable = false, updatable = false)
    private String municipalityNumber;

    @Column(name = "municipality_name", insertable = false, updatable = false)
    private String municipalityName;

    protected SessionLeader() {
    }
}
