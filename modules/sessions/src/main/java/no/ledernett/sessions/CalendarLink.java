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
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;

/**
 * The secret address of one person's calendar feed. Whoever knows the token can read the feed,
 * so it is long and random, and revoking it makes the address dead at once.
 */
@Entity
@Table(name = "calendar_link")
public class CalendarLink implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whose calendar: an adviser's or a leader's. */
    public enum Owner {
        ADVISER,
        LEADER
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_link_seq")
    @SequenceGenerator(name = "calendar_link_seq", sequenceName = "calendar_link_seq", allocationSize = 50)
    private Long id;

    private String token;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind")
    private Owner owner;

    @Column(name = "owner_id")
    private long ownerId;

    @Column(name = "created_at")
    private LocalDateTime createdAt = NorwegianTime.now();

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    protected CalendarLink() {
    }

    CalendarLink(Owner owner, long ownerId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.owner = owner;
        this.ownerId = ownerId;
    }

    void revoke() {
        this.revokedAt = NorwegianTime.now();
    }

    /** Marks a fetch of the feed, at most once an hour: calendar programs poll often, and the hour is all anyone asks. */
    boolean used(LocalDateTime now) {
        if (lastUsedAt != null && lastUsedAt.isAfter(now.minusHours(1))) {
            return false;
        }
        lastUsedAt = now;
        return true;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String getToken() {
        return token;
    }

    public Owner getOwner() {
        return owner;
    }

    public long getOwnerId() {
        return ownerId;
    }
}
