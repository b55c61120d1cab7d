package no.ledernett.sessions;

import no.ledernett.platform.NorwegianTime;
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
import java.time.LocalDateTime;
import no.ledernett.platform.Viewer;

/**
 * A leader's challenge (lederutfordring) for one meeting, and the next step they take away.
 * Confidential: read it only through {@link Challenges}, which applies {@link ChallengeAccess}.
 */
@Entity
@Table(name = "challenge")
public class Challenge implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "challenge_seq")
    @SequenceGenerator(name = "challenge_seq", sequenceName = "challenge_seq", allocationSize = 50)
    private Long id;

    @Column(name = "meeting_id")
    private long meetingId;

    @Column(name = "leader_id")
    private long leaderId;

    private String title;

    private String description;

    @Column(name = "help_wanted")
    private String helpWanted;

    @Enumerated(EnumType.STRING)
    @Column(name = "entered_by")
    private Viewer.Role enteredBy;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt = NorwegianTime.now();

    @Column(name = "next_step")
    private String nextStep;

    @Column(name = "next_step_done")
    private boolean nextStepDone;

    @Version
    private long version;

    public long getVersion() {
        return version;
    }

    protected Challenge() {
    }

    Challenge(long meetingId, long leaderId, Viewer.Role enteredBy) {
        this.meetingId = meetingId;
        this.leaderId = leaderId;
        this.enteredBy = enteredBy;
    }

    void write(String title, String description, String helpWanted) {
        this.title = title;
        this.description = description;
        this.helpWanted = helpWanted;
    }

    void erase() {
        this.title = "—";
        this.description = null;
        this.helpWanted = null;
        this.nextStep = null;
    }

    void nextStep(String text) {
        this.nextStep = text;
        this.nextStepDone = false;
    }

    void nextStepDone(boolean done) {
        this.nextStepDone = done;
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getLeaderId() {
        return leaderId;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    String helpWanted() {
        return helpWanted;
    }

    String nextStep() {
        return nextStep;
    }

    public boolean isNextStepDone() {
        return nextStepDone;
    }

    public boolean hasNextStep() {
        return nextStep != null;
    }

    public Viewer.Role getEnteredBy() {
        return enteredBy;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }
}
