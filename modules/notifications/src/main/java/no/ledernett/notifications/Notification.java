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

/** What one user was told about one event; unique per user and event key. */
@Entity
@Table(name = "notification")
public class Notification implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Status {
        UNREAD,
        READ,
        /** The user had the kind switched off in the app: not shown, but the event counts as told. */
        HIDDEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "user_id")
    private long userId;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    @Column(name = "event_key")
    private String eventKey;

    private String subject;

    private String detail;

    private String link;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "created_at")
    private LocalDateTime createdAt = NorwegianTime.now();

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Notification() {
    }

    Notification(long userId, Notice notice, boolean shown) {
        this.userId = userId;
        this.kind = notice.kind();
        this.eventKey = notice.key();
        this.subject = notice.subject();
        this.detail = notice.detail();
        this.link = notice.link();
        this.status = shown ? Status.UNREAD : Status.HIDDEN;
    }

    void read() {
        if (status == Status.UNREAD) {
            status = Status.READ;
            readAt = NorwegianTime.now();
        }
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getEventKey() {
        return eventKey;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getLink() {
        return link;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }
}
