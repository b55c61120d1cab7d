package no.ledernett.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends a visitor who is not signed in to the sign-in page, to come back afterwards to the
 * normalised path they asked for (never the raw URI, which may be spelled to mislead). An AJAX
 * request gets a partial-response redirect, which is what Faces understands when a session has
 * expired.
 */
public final class SignInRedirect {

    private SignInRedirect() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString();
        String path = no.ledernett.platform.web.LocalPath.of(request);
        String next = URLEncoder.encode(path + (query == null ? "" : "?" + query), StandardCharsets.UTF_8);
        String login = request.getContextPath() + "/login.xhtml?next=" + next;
        // The container asks for sign-in before any filter runs, so SecurityHeaders never sees this
        // answer: a redirect with no content needs only these.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login.replace("&", "&amp;") + "\"></redirect></partial-response>");
                return;
            }
            response.sendRedirect(login);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
