package no.ledernett.platform;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The id of the request being served on this thread, for log lines (java.util.logging has no
 * MDC; this is the one piece of it Ledernett needs). Set by the app's request filter from the
 * caller's {@code X-Request-Id} when that is a plain token, otherwise made up; echoed in the
 * answer. Code that hands work to another thread may pass it on with {@link #set}.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {
    }

    /** The caller's id when it is a plain token of at most 64 characters, a new one otherwise. */
    public static String accept(String given) {
        if (given != null && ACCEPTABLE.matcher(given).matches()) {
            return given;
        }
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        return CURRENT.get();
    }

    public static void set(String id) {
        if (id == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(id);
        }
    }

    public static void clear() {
        CURRENT.remove();
    }
}
