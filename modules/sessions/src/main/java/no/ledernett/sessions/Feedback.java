package no.ledernett.sessions;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An attendee's rating of a meeting's usefulness, 1–5, with an optional comment. */
@Entity
@Table(name = "feedback")
public class Feedback implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_seq")
    @SequenceGenerator(name = "feedback_seq", sequenceName = "feedback_seq", allocationSize = 50)
    private Long id;

    @Column(name = "meeting_id")
    private long meetingId;

    @Column(name = "leader_id")
    private long leaderId;

    private int rating;

    private String comment;

    @Version
    private long version;

    protected Feedback() {
    }

    Feedback(long meetingId, long leaderId) {
        this.meetingId = meetingId;
        this.leaderId = leaderId;
    }

    void eraseComment() {
        this.comment = null;
    }

    String comment() {
        return comment;
    }

    void rate(int rating, String comment) {
        this.rating = rating;
        this.comment = comment;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getLeaderId() {
        return leaderId;
    }

    public int getRating() {
        return rating;
    }
}
