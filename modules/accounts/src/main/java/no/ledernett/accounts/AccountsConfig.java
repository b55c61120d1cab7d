package no.ledernett.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-in settings, from MicroProfile Config ({@code ledernett.accounts.*}). */
@ApplicationScoped
public class AccountsConfig {

    /** Failed sign-ins in a row before the account waits. */
    @Inject
    @ConfigProperty(name = "ledernett.accounts.free-attempts", defaultValue = "5")
    int freeAttempts;

    /** The first wait; it doubles with each further failure. */
    @Inject
    @ConfigProperty(name = "ledernett.accounts.lockout-seconds", defaultValue = "30")
    long lockoutSeconds;

    @Inject
    @ConfigProperty(name = "ledernett.accounts.max-lockout-seconds", defaultValue = "900")
    long maxLockoutSeconds;

    /** Failed sign-ins from one client, whatever the addresses, before that client waits. */
    @Inject
    @ConfigProperty(name = "ledernett.accounts.client-free-attempts", defaultValue = "50")
    int clientFreeAttempts;

    /** Reset links mailed to one address per hour; further requests are answered alike and send nothing. */
    @Inject
    @ConfigProperty(name = "ledernett.accounts.resets-per-address", defaultValue = "3")
    int resetsPerAddress;

    /** Reset requests one client may make per hour, whatever the addresses. */
    @Inject
    @ConfigProperty(name = "ledernett.accounts.resets-per-client", defaultValue = "10")
    int resetsPerClient;

    /**
     * Addresses of our own reverse proxies (comma-separated): only from these is X-Forwarded-For
     * believed when telling clients apart; {@code local} means this machine's own addresses. Empty:
     * the connection's address is the client.
     */
    @Inject
    @ConfigProperty(name = "ledernett.accounts.trusted-proxies")
    java.util.Optional<String> trustedProxies;

    @Inject
    @ConfigProperty(name = "ledernett.accounts.invitation-days", defaultValue = "7")
    int invitationDays;

    @Inject
    @ConfigProperty(name = "ledernett.accounts.reset-hours", defaultValue = "2")
    int resetHours;

    /** Where users reach Ledernett, for links in e-mails. */
    @Inject
    @ConfigProperty(name = "ledernett.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    // Read through methods: fields of an application-scoped bean read through its proxy are always zero.
    public int freeAttempts() {
        return freeAttempts;
    }

    public long lockoutSeconds() {
        return lockoutSeconds;
    }

    public long maxLockoutSeconds() {
        return maxLockoutSeconds;
    }

    public int clientFreeAttempts() {
        return clientFreeAttempts;
    }

    public int resetsPerAddress() {
        return resetsPerAddress;
    }

    public int resetsPerClient() {
        return resetsPerClient;
    }

    public String trustedProxies() {
        return trustedProxies == null ? "" : trustedProxies.orElse("");
    }

    public Duration invitationValidity() {
        return Duration.ofDays(invitationDays);
    }

    public Duration resetValidity() {
        return Duration.ofHours(resetHours);
    }

    public String link(String path) {
        return publicUrl.replaceAll("/+$", "") + path;
    }
}
