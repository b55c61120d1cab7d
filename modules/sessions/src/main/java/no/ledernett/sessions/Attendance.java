package no.ledernett.sessions;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One member's attendance at one meeting. */
@Entity
@Table(name = "attendance")
public class Attendance implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_seq")
    @SequenceGenerator(name = "attendance_seq", sequenceName = "attendance_seq", allocationSize = 50)
    private Long id;

    @Column(name = "meeting_id")
    private long meetingId;

    @Column(name = "leader_id")
    private long leaderId;

    @Enumerated(EnumType.STRING)
    private Presence presence;

    @Version
    private long version;

    protected Attendance() {
    }

    Attendance(long meetingId, long leaderId) {
        this.meetingId = meetingId;
        this.leaderId = leaderId;
    }

    void mark(Presence presence) {
        this.presence = presence;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getLeaderId() {
        return leaderId;
    }

    public Presence getPresence() {
        return presence;
    }
}
