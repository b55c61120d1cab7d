package no.ledernett.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import no.ledernett.platform.NorwegianTime;

/**
 * An event heard from another module and not yet told: written in the transaction of the change
 * that caused it, so a change that rolls back tells nobody and one that commits is told even if
 * this instance stops a moment later. Deleted once told.
 */
@Entity
@Table(name = "notification_event")
public class PendingEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What happened; each names its thing by {@code refId} (and {@code otherId}, {@code text} where it needs more). */
    public enum Kind {
        /** Hours logged against engagement {@code refId}. */
        HOURS_LOGGED,
        /** Portal request {@code refId} from municipality number {@code text}. */
        SERVICE_REQUESTED,
        /** Group {@code refId}, named {@code text}, given to adviser {@code otherId}. */
        ADVISER_ASSIGNED,
        /** Mail {@code refId}, its subject {@code text}, given up. */
        MAIL_FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_event_seq")
    @SequenceGenerator(name = "notification_event_seq", sequenceName = "notification_event_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "ref_id")
    private long refId;

    @Column(name = "other_id")
    private Long otherId;

    private String text;

    @Column(name = "created_at")
    private LocalDateTime createdAt = NorwegianTime.now();

    @Column(name = "claimed_at")
    private LocalDateTime claimedAt;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    protected PendingEvent() {
    }

    PendingEvent(Kind kind, long refId, Long otherId, String text) {
        this.kind = kind;
        this.refId = refId;
        this.otherId = otherId;
        this.text = text == null || text.length() <= 300 ? text : text.substring(0, 300);
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public long getRefId() {
        return refId;
    }

    public Long getOtherId() {
        return otherId;
    }

    public String getText() {
        return text;
    }

    public int getAttempts() {
        return attempts;
    }
}
