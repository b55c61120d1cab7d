package no.ledernett.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A group member's name, title, unit, sector and manager, as groups reads them for its member
 * lists. Read-only, and read in queries only: it maps the municipalities module's published view
 * {@code leader_directory} (docs/architecture.md), never that module's tables, so a join needs no
 * entity of another module and costs no statement of its own. Not in the shared cache, so it is
 * never stale.
 */
@Entity
@Table(name = "leader_directory")
public class MemberLeader implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "name", insertable = false, updatable = false)
    private String name;

    @Column(name = "position_title", insertable = false, updatable = false)
    private String positionTitle;

    @Column(name = "unit", insertable = false, updatable = false)
    private String unit;

    @Column(name = "sector_id", insertable = false, updatable = false)
    private Long sectorId;

    @Column(name = "reports_to_id", insertable = false, updatable = false)
    private Long reportsToId;

    protected MemberLeader() {
    }
}
