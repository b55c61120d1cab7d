package no.ledernett.accounts;

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
import java.time.Instant;
import no.ledernett.platform.Viewer;

/**
 * Someone who can sign in: staff, an adviser, a municipality's contact, or a leader (participant).
 * The password is only ever stored as a PBKDF2 hash; a pending invitation or reset is a hash of a
 * one-time token with its expiry.
 */
@Entity
@Table(name = "user_account")
public class UserAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    private String email;

    private String name;

    @Enumerated(EnumType.STRING)
    private Viewer.Role role;

    @Column(name = "leader_id")
    private Long leaderId;

    @Column(name = "adviser_id")
    private Long adviserId;

    private String municipality;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "token_expires")
    private Instant tokenExpires;

    @Column(name = "failed_sign_ins")
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in")
    private Instant lastSignIn;

    /** ACTIVE or DISABLED, as text (see the matching module's migration on booleans in H2). */
    private String status = "ACTIVE";

    private String language;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String email, String name, Viewer.Role role, Long leaderId, Long adviserId, String municipality) {
        this.email = email;
        this.name = name;
        this.role = role;
        this.leaderId = leaderId;
        this.adviserId = adviserId;
        this.municipality = municipality;
    }

    public Viewer viewer() {
        return new Viewer(role, leaderId, adviserId, municipality, id);
    }

    void issueToken(String hash, Instant expires) {
        this.tokenHash = hash;
        this.tokenExpires = expires;
    }

    boolean tokenValid(Instant now) {
        return tokenHash != null && tokenExpires != null && now.isBefore(tokenExpires);
    }

    void setPassword(String hash) {
        this.passwordHash = hash;
        this.tokenHash = null;
        this.tokenExpires = null;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    void signedIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignIn = now;
    }

    void failed(Instant now, int freeAttempts, long baseSeconds, long maxSeconds) {
        failedSignIns++;
        if (failedSignIns >= freeAttempts) {
            int over = Math.min(failedSignIns - freeAttempts, 20);
            lockedUntil = now.plusSeconds(Math.min(maxSeconds, baseSeconds << over));
        }
    }

    long lockedSeconds(Instant now) {
        return lockedUntil == null || !now.isBefore(lockedUntil) ? 0 : Math.max(1, lockedUntil.getEpochSecond() - now.getEpochSecond());
    }

    void disable() {
        status = "DISABLED";
        tokenHash = null;
        tokenExpires = null;
    }

    void enable() {
        status = "ACTIVE";
    }

    void rename(String name) {
        this.name = name;
    }

    void chooseLanguage(String language) {
        this.language = language;
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public Viewer.Role getRole() {
        return role;
    }

    public Long getLeaderId() {
        return leaderId;
    }

    public Long getAdviserId() {
        return adviserId;
    }

    public String getMunicipality() {
        return municipality;
    }

    public Instant getLastSignIn() {
        return lastSignIn;
    }

    public String getStatus() {
        return status;
    }

    public String getLanguage() {
        return language;
    }

    public long getVersion() {
        return version;
    }
}
