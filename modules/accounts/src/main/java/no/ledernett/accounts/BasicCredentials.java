package no.ledernett.accounts;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API clients send their password with every request, and checking a PBKDF2 hash takes a tenth of
 * a second by design. A verified header is remembered for a minute, keyed by its SHA-256, so a
 * client's burst costs one check. Nothing reversible is kept.
 */
@ApplicationScoped
public class BasicCredentials {

    private static final Duration KEEP = Duration.ofMinutes(1);
    private static final int MAX = 10_000;

    private record Entry(SignedInUser user, long until) implements Serializable {
    }

    private final Map<String, Entry> verified = new ConcurrentHashMap<>();

    SignedInUser recall(String header) {
        Entry entry = verified.get(Passwords.tokenHash(header));
        if (entry == null || entry.until() < System.nanoTime()) {
            return null;
        }
        return entry.user();
    }

    void remember(String header, SignedInUser user) {
        if (verified.size() >= MAX) {
            verified.clear();
        }
        verified.put(Passwords.tokenHash(header), new Entry(user, System.nanoTime() + KEEP.toNanos()));
    }

    /** After a password change or a disabled account, nobody keeps riding on a remembered header. */
    public void forgetAll() {
        verified.clear();
    }
}
