package no.ledernett.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A named token a program signs in with instead of a person's password; it acts as the user who made it. */
@Entity
@Table(name = "api_token")
public class ApiToken implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a token may do: read only (GET), or read and change what its owner may change. */
    public enum Scope {
        READ,
        READ_WRITE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount account;

    private String name;

    @Column(name = "token_hash")
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    private Scope scope;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiToken() {
    }

    ApiToken(UserAccount account, String name, String tokenHash, Scope scope, Instant createdAt, LocalDate expiresOn) {
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.scope = scope;
        this.createdAt = createdAt;
        this.expiresOn = expiresOn;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** Usable today: not revoked, not past its last day, its owner's account active. */
    boolean usable(LocalDate today) {
        return revokedAt == null && !today.isAfter(expiresOn) && account.isActive();
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public Scope getScope() {
        return scope;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public long getVersion() {
        return version;
    }
}
