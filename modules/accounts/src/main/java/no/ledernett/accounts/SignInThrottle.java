package no.ledernett.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Slows password guessing without letting anyone lock another person out (OWASP Authentication
 * Cheat Sheet): failures are counted per client and address together, so guesses from one client
 * make that client wait, never the owner signing in from elsewhere; and per client across all
 * addresses, with a higher cap, against one client trying many addresses. The same rules apply
 * whether an address belongs to an account or not, so the answers tell nothing. Reset requests are
 * limited per client here as well (per address in the database, see {@link UserAccount}).
 *
 * <p>Kept in memory on each instance: in a cluster of n instances behind a load balancer a
 * client gets at most n times the attempts before waiting.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final long MINUTE = 60_000;
    private static final int MAX_KEYS = 100_000;

    @Inject
    AccountsConfig config;

    private Backoff perAccount;
    private Backoff perClient;
    private Backoff resets;
    private java.util.function.Predicate<String> trustedProxies;

    @PostConstruct
    void init() {
        long base = config.lockoutSeconds() * 1000;
        long max = config.maxLockoutSeconds() * 1000;
        // A client and address with no failure for 15 minutes (or the longest wait, if longer) start afresh.
        long forget = Math.max(15 * MINUTE, max);
        perAccount = new Backoff(config.freeAttempts(), base, max, forget, MAX_KEYS);
        // Many people may share one client address (a municipality's network): its count starts afresh every quarter of an hour.
        perClient = new Backoff(config.clientFreeAttempts(), base, max, 15 * MINUTE, MAX_KEYS, true);
        long hour = 60 * MINUTE;
        resets = new Backoff(config.resetsPerClient(), hour, hour, hour, MAX_KEYS, true);
        trustedProxies = ClientAddress.trusted(config.trustedProxies());
    }

    public String client(HttpServletRequest request) {
        return ClientAddress.of(request, trustedProxies);
    }

    /** Seconds this client must wait before trying this address again; 0 when it may try now. */
    long waitSeconds(String client, String email) {
        long now = System.currentTimeMillis();
        return seconds(Math.max(perAccount.waitMillis(key(client, email), now), perClient.waitMillis(client, now)));
    }

    /** Records a wrong password (or unknown address); returns the wait it causes, in seconds. */
    long failed(String client, String email) {
        long now = System.currentTimeMillis();
        return seconds(Math.max(perAccount.failed(key(client, email), now), perClient.failed(client, now)));
    }

    /** The right password: this client's failures with this address are forgotten (not its failures elsewhere). */
    void succeeded(String client, String email) {
        perAccount.clear(key(client, email));
    }

    /** Whether this client may ask for another reset link now; counts the request when it may. */
    boolean resetAllowed(String client) {
        long now = System.currentTimeMillis();
        if (resets.waitMillis(client, now) > 0) {
            return false;
        }
        resets.failed(client, now);
        return true;
    }

    private static String key(String client, String email) {
        return client + "\n" + Accounts.normal(email);
    }

    private static long seconds(long millis) {
        return millis <= 0 ? 0 : Math.max(1, (millis + 999) / 1000);
    }
}
