package no.ledernett.accounts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures counted per key, in memory: after {@code free} failures each further one makes the key
 * wait, the wait doubling up to {@code max}. A key that had no failure for {@code forget} starts
 * afresh; with a fixed window, a key also starts afresh {@code forget} after its first counted
 * failure however busy it is (a client address that many people share). Never a permanent lock; bounded in size (when full, keys that finished waiting go first,
 * then everything: memory is not an attacker's lever).
 */
final class Backoff {

    private record State(int failures, long lockedUntil, long lastFailure, long firstFailure) {
    }

    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final int free;
    private final long baseMillis;
    private final long maxMillis;
    private final long forgetMillis;
    private final int maxKeys;
    private final boolean fixedWindow;

    Backoff(int free, long baseMillis, long maxMillis, long forgetMillis, int maxKeys) {
        this(free, baseMillis, maxMillis, forgetMillis, maxKeys, false);
    }

    Backoff(int free, long baseMillis, long maxMillis, long forgetMillis, int maxKeys, boolean fixedWindow) {
        this.fixedWindow = fixedWindow;
        this.free = Math.max(1, free);
        this.baseMillis = Math.max(1, baseMillis);
        this.maxMillis = Math.max(this.baseMillis, maxMillis);
        this.forgetMillis = forgetMillis;
        this.maxKeys = maxKeys;
    }

    /** How long this key must still wait, in milliseconds; 0 when it may try. */
    long waitMillis(String key, long now) {
        State state = states.get(key);
        return state == null ? 0 : Math.max(0, state.lockedUntil() - now);
    }

    /** Records a failure; returns the wait it causes (0 while failures are still free). */
    long failed(String key, long now) {
        if (states.size() >= maxKeys) {
            states.values().removeIf(s -> s.lockedUntil() <= now && now - s.lastFailure() >= forgetMillis);
            if (states.size() >= maxKeys) {
                states.clear();
            }
        }
        State after = states.compute(key, (k, before) -> {
            boolean afresh = before == null || now - before.lastFailure() >= forgetMillis
                    || fixedWindow && now - before.firstFailure() >= forgetMillis && before.lockedUntil() <= now;
            int failures = afresh ? 1 : before.failures() + 1;
            long locked = 0;
            if (failures >= free) {
                int over = Math.min(failures - free, 30);
                locked = now + Math.min(maxMillis, baseMillis << over);
            }
            return new State(failures, locked, now, afresh ? now : before.firstFailure());
        });
        return Math.max(0, after.lockedUntil() - now);
    }

    void clear(String key) {
        states.remove(key);
    }
}
