package no.ledernett.platform.web;

import java.net.URI;

/**
 * Whether a state-changing browser request came from our own pages: its {@code Origin} (or,
 * when a browser leaves that out, its {@code Referer}) names this host and port. A request with
 * neither is refused: every current browser sends one of them on a POST, so only a forged or
 * stripped request lacks both.
 */
public final class Origins {

    private Origins() {
    }

    /** @param self this server as the request reached it (scheme, host and port) */
    public static boolean sameOrigin(String origin, String referer, URI self) {
        String from = origin != null ? origin : referer;
        if (from == null || self == null) {
            return false;
        }
        try {
            URI uri = URI.create(from.trim());
            return uri.getHost() != null && uri.getHost().equalsIgnoreCase(self.getHost()) && port(uri) == port(self);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
