package no.ledernett.groups;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A leader's place in a group, from the day they joined until the day they left. */
@Entity
@Table(name = "group_membership")
public class Membership implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "group_membership_seq")
    @SequenceGenerator(name = "group_membership_seq", sequenceName = "group_membership_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private NetworkGroup group;

    @Column(name = "leader_id")
    private long leaderId;

    @Column(name = "joined_on")
    private LocalDate joined;

    @Column(name = "left_on")
    private LocalDate left;

    @Version
    private long version;

    protected Membership() {
    }

    Membership(NetworkGroup group, long leaderId, LocalDate joined) {
        this.group = group;
        this.leaderId = leaderId;
        this.joined = joined;
    }

    void leave(LocalDate day) {
        this.left = day;
    }

    public boolean isCurrent() {
        return left == null;
    }

    public Long getId() {
        return id;
    }

    public NetworkGroup getGroup() {
        return group;
    }

    public long getLeaderId() {
        return leaderId;
    }

    public LocalDate getJoined() {
        return joined;
    }

    public LocalDate getLeft() {
        return left;
    }

    public long getVersion() {
        return version;
    }
}
