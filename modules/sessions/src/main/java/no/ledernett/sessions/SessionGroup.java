package no.ledernett.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A meeting's group: its name and adviser, for meeting lists and an adviser's own meetings.
 * Read-only, and read in queries only: it maps the groups module's published view
 * {@code group_directory} (docs/architecture.md), never that module's tables, so a join needs no
 * entity of another module and costs no statement of its own. Not in the shared cache, so it is
 * never stale.
 */
@Entity
@Table(name = "group_directory")
public class SessionGroup implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "name", insertable = false, updatable = false)
    private String name;

    @Column(name = "adviser_id", insertable = false, updatable = false)
    private Long adviserId;

    @Column(name = "engagement_id", insertable = false, updatable = false)
    private long engagementId;

    protected SessionGroup() {
    }
}
