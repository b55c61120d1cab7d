package no.ledernett.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Paths within this application, decided on what the container resolved rather than on what the
 * client spelled: {@code //admin/x}, {@code /admin%2fx}, {@code /./admin/x} and
 * {@code /admin;p=1/x} are all {@code /admin/x} to the container, and so to us. And the one check
 * for where a parameter ({@code next}, {@code back}) may send a browser: a path on this site only.
 */
public final class LocalPath {

    private LocalPath() {
    }

    /** The request's path within the application, as the container normalised and matched it. */
    public static String of(HttpServletRequest request) {
        String info = request.getPathInfo();
        return request.getServletPath() + (info == null ? "" : info);
    }

    /**
     * The candidate when it is a path on this site that no browser or proxy can read as another
     * host: it parses as a URI without scheme or authority whose path starts with a single slash
     * and has no empty or dot segments (after resolving them {@code /a/..//x} is {@code //x}), and
     * it holds no white space, control characters or backslashes (browsers drop a tab, so
     * {@code /\t/evil.example} would become {@code //evil.example}), nor a percent-encoded slash,
     * backslash, control character or percent sign in the path, which a later decode could turn
     * into one.
     */
    public static Optional<String> safe(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 2000) {
            return Optional.empty();
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                return Optional.empty();
            }
        }
        URI uri;
        try {
            uri = new URI(candidate);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (candidate.startsWith("//") || uri.getScheme() != null || uri.getRawAuthority() != null || path == null || !path.startsWith("/")
                || path.contains("//") || ("/" + path + "/").matches(".*/\\.{1,2}/.*")
                || path.toLowerCase(java.util.Locale.ROOT).matches(".*%(2f|5c|25|[01][0-9a-f]|7f|20).*")) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }
}
