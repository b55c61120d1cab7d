package no.ledernett.app;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Headers every response carries: a content security policy (scripts only from Ledernett itself or
 * with the page's nonce), no framing by other sites, no MIME sniffing, a
 * strict referrer policy, HSTS when the request came over TLS (directly or via the proxy), and
 * {@code no-store} on everything but static files.
 */
// Also on error dispatches: the container may reset the headers before it shows an error page.
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * Scripts only from Ledernett itself: no inline script and no eval. PrimeFaces' CSP mode
     * ({@code primefaces.CSP} in web.xml, with this same policy as {@code primefaces.CSP_POLICY})
     * gives each page a nonce for the scripts it writes inline and moves event handlers into them;
     * it appends the nonce to the policy's last directive, so script-src comes last. Styles keep
     * 'unsafe-inline': PrimeFaces' widgets position themselves with inline styles.
     */
    static final String CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'; script-src 'self'";
    static final String CSP_HEADER = "Content-Security-Policy";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        response.setHeader(CSP_HEADER, CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!isStatic(path(request))) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            // PrimeFaces adds its policy (this one with the page's nonce): it replaces ours, as two
            // policies would both apply and ours, without the nonce, would refuse the page's scripts.
            @Override
            public void addHeader(String name, String value) {
                if (CSP_HEADER.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }

    /** The path as the container matched it (decoded, dot segments and doubled slashes resolved), never the raw URI. */
    static String path(HttpServletRequest request) {
        return no.ledernett.platform.web.LocalPath.of(request);
    }

    /**
     * Only the stylesheets, scripts, fonts and images everyone gets alike may be kept by a browser
     * or proxy; every page and API answer may carry personal data (the sign-in page included: it
     * echoes the address typed), so everything else is {@code no-store}.
     */
    static boolean isStatic(String path) {
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return true;
        }
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') && STATIC.contains(path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> STATIC = java.util.Set.of("css", "js", "mjs", "map", "woff", "woff2", "ttf", "png", "svg", "ico", "jpg",
            "jpeg", "gif", "webp");
}
