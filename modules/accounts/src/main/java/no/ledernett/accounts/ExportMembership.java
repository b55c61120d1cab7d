package no.ledernett.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A leader's place in a group, for the export of their personal data. Read-only, and read in
 * queries only: it maps the groups module's published view {@code membership_directory}
 * (docs/architecture.md), never that module's tables, so a join needs no entity of another module
 * and costs no statement of its own. Not in the shared cache, so it is never stale.
 */
@Entity
@Table(name = "membership_directory")
public class ExportMembership implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "leader_id", insertable = false, updatable = false)
    private Long leaderId;

    @Column(name = "group_name", insertable = false, updatable = false)
    private String groupName;

    @Column(name = "joined_on", insertable = false, updatable = false)
    private LocalDate joined;

    @Column(name = "left_on", insertable = false, updatable = false)
    private LocalDate left;

    protected ExportMembership() {
    }
}
