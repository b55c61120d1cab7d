package no.ledernett.accounts;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * API clients send their password with every request, and checking a PBKDF2 hash takes a tenth of
 * a second by design. A verified header is remembered for a minute, keyed by its SHA-256, so a
 * client's burst costs one check. Nothing reversible is kept. When the minute is up, a client's
 * parallel requests do not each check the password again: one does, the others wait for its answer
 * (eight parallel checks on two cores stalled every request for more than a second).
 */
@ApplicationScoped
public class BasicCredentials {

    private static final Duration KEEP = Duration.ofMinutes(1);
    private static final int MAX = 10_000;

    private record Entry(SignedInUser user, long until) implements Serializable {
    }

    private final Map<String, Entry> verified = new ConcurrentHashMap<>();

    private final Map<String, CompletableFuture<Object>> checking = new ConcurrentHashMap<>();

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

    /**
     * Runs the check for this header unless the same header is being checked already, in which case
     * it waits for that check and returns its outcome.
     */
    @SuppressWarnings("unchecked")
    <T> T checkOnce(String header, Supplier<T> check) {
        String key = Passwords.tokenHash(header);
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = checking.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return (T) running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            T outcome = check.get();
            mine.complete(outcome);
            return outcome;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key, mine);
        }
    }

    /** After a password change or a disabled account, nobody keeps riding on a remembered header. */
    public void forgetAll() {
        verified.clear();
    }
}
