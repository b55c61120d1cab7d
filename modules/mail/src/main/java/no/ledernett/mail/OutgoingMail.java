package no.ledernett.mail;

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
    private LocalDateTime nextAttemptAt = NorwegianTime.now();

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private LocalDateTime createdAt = NorwegianTime.now();

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
        sentAt = NorwegianTime.now();
        lastError = null;
    }

    /** Backs off 1, 2, 4 … minutes between attempts; gives up after {@code maxAttempts} ({@code ledernett.mail.max-attempts}). */
    void failed(String error, int maxAttempts) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(500, error.length()));
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = NorwegianTime.now().plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
    }

    /** A mail given up is tried again from the start, at once: staff asked for it, e.g. after the mail server was repaired. */
    void resend() {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = NorwegianTime.now();
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
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

    /** When the next attempt is due, while the mail is pending. */
    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
