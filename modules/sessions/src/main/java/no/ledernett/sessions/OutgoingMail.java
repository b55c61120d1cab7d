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
import java.time.Duration;
import java.time.LocalDateTime;

/** An e-mail in the outbox, sent and retried by {@link OutboxSender}. */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    /** After this many failed attempts a mail is given up and left for staff to see. */
    static final int MAX_ATTEMPTS = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_seq")
    @SequenceGenerator(name = "outgoing_mail_seq", sequenceName = "outgoing_mail_seq", allocationSize = 50)
    private Long id;

    @Column(name = "dedupe_key")
    private String dedupeKey;

    private String recipient;

    private String subject;

    private String body;

    private String calendar;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    private int attempts;

    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt = LocalDateTime.now();

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now();

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    protected OutgoingMail() {
    }

    OutgoingMail(String dedupeKey, String recipient, String subject, String body, String calendar) {
        this.dedupeKey = dedupeKey;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.calendar = calendar;
    }

    void sent() {
        status = Status.SENT;
        sentAt = LocalDateTime.now();
        lastError = null;
    }

    /** Backs off 1, 2, 4 … minutes between attempts; gives up after {@link #MAX_ATTEMPTS}. */
    void failed(String error) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(500, error.length()));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = LocalDateTime.now().plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
    }

    public Long getId() {
        return id;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getCalendar() {
        return calendar;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
