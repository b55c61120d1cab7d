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

    /** No longer counted here: failed sign-ins are throttled per client and address ({@link SignInThrottle}), so nobody can lock another out. */
    @Column(name = "failed_sign_ins")
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in")
    private Instant lastSignIn;

    @Column(name = "invited_at")
    private Instant invitedAt;

    /** ACTIVE or DISABLED, as text (see the matching module's migration on booleans in H2). */
    private String status = "ACTIVE";

    private String language;

    /** Bumped whenever the account's credentials change; sessions signed in with an older stamp are over. */
    @Column(name = "credentials_stamp")
    private long credentialsStamp;

    @Column(name = "credentials_changed")
    private Instant credentialsChanged;

    @Column(name = "resets_since")
    private Instant resetsSince;

    @Column(name = "resets_sent")
    private int resetsSent;

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

    void setPassword(String hash, Instant now) {
        this.passwordHash = hash;
        this.tokenHash = null;
        this.tokenExpires = null;
        this.failedSignIns = 0;
        this.lockedUntil = null;
        credentialsChanged(now);
    }

    void invited(Instant now) {
        invitedAt = now;
    }

    void signedIn(Instant now) {
        lastSignIn = now;
    }

    void disable(Instant now) {
        status = "DISABLED";
        tokenHash = null;
        tokenExpires = null;
        credentialsChanged(now);
    }

    void changeRole(Viewer.Role role, Long leaderId, Long adviserId, String municipality, Instant now) {
        this.role = role;
        this.leaderId = leaderId;
        this.adviserId = adviserId;
        this.municipality = municipality;
        credentialsChanged(now);
    }

    /** Every session and remembered credential signed in before now is over. */
    private void credentialsChanged(Instant now) {
        credentialsStamp++;
        credentialsChanged = now;
    }

    /**
     * Counts a reset link about to be mailed, unless this address had {@code max} already within
     * the window: then nothing is sent (and the asker is told the same as ever).
     */
    boolean resetAllowed(Instant now, int max, java.time.Duration window) {
        if (resetsSince == null || !now.isBefore(resetsSince.plus(window))) {
            resetsSince = now;
            resetsSent = 0;
        }
        if (resetsSent >= max) {
            return false;
        }
        resetsSent++;
        return true;
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

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public String getStatus() {
        return status;
    }

    public String getLanguage() {
        return language;
    }

    public long getCredentialsStamp() {
        return credentialsStamp;
    }

    public long getVersion() {
        return version;
    }
}
