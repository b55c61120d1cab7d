package no.ledernett.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import no.ledernett.platform.DatabaseFailures;
import no.ledernett.platform.RequestIds;
import no.ledernett.platform.Texts;

/**
 * Every request gets an id (the caller's {@code X-Request-Id} when it is a plain token, else a
 * new one), echoed in the answer and carried by every log line written while it is served (see
 * {@link RequestIdLogging}). One log line per request, without query string or secrets: method,
 * path (calendar tokens masked), status and time. Static resources, health and metrics (polled
 * by probes and Prometheus) are not logged.
 *
 * <p>A screen that fails because the database cannot be reached gets a plain 503 page instead
 * of a stack trace; the API answers such failures itself (problem documents, see
 * {@code UnexpectedFailureMapper}).
 */
@WebFilter(filterName = "RequestLog", urlPatterns = "/*", asyncSupported = true)
public class RequestLog extends HttpFilter {

    static final Logger LOG = Logger.getLogger("no.ledernett.request");
    private static final String MESSAGES = "no.ledernett.app.Messages";
    private static final Pattern SECRET_PATH = Pattern.compile("(/api/calendar/)[^/]+");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String id = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        RequestIds.set(id);
        response.setHeader(RequestIds.HEADER, id);
        long started = System.nanoTime();
        int status = 0;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseFailures.isUnavailable(e) || response.isCommitted()) {
                status = 500;
                throw e;
            }
            status = 503;
            LOG.warning(() -> "Database unavailable: page answered 503 (" + e.getClass().getSimpleName() + ")");
            unavailable(request, response);
        } finally {
            if (logged(request)) {
                long ms = (System.nanoTime() - started) / 1_000_000;
                int shown = status;
                LOG.log(shown >= 500 ? Level.WARNING : Level.INFO,
                        () -> request.getMethod() + " " + path(request) + " " + shown + " " + ms + " ms");
            }
            RequestIds.clear();
        }
    }

    static String path(HttpServletRequest request) {
        return path(request.getRequestURI());
    }

    /** The path as logged: without query string (the container keeps it apart), calendar feed tokens masked. */
    static String path(String uri) {
        return SECRET_PATH.matcher(uri).replaceAll("$1***");
    }

    private static boolean logged(HttpServletRequest request) {
        return logged(request.getRequestURI());
    }

    static boolean logged(String uri) {
        return !(uri.contains("/jakarta.faces.resource/") || uri.startsWith("/resources/") || uri.equals("/favicon.ico")
                || uri.startsWith("/health") || uri.startsWith("/metrics"));
    }

    /** A page without Faces, template or database: those may be what failed. */
    static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Without Accept-Language the servlet container reports its own default locale: bokmål unless English is asked for.
        boolean english = request.getHeader("Accept-Language") != null
                && request.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage());
        response.reset();
        response.setHeader(RequestIds.HEADER, RequestIds.current());
        response.setHeader("Retry-After", "10");
        boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
        if (ajax) {
            // Faces AJAX: a partial response that sends the browser to the same page again, which then shows this page.
            response.setStatus(200);
            response.setContentType("text/xml;charset=UTF-8");
            String again = request.getRequestURI().replace("&", "&amp;").replace("\"", "&quot;");
            response.getOutputStream().write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + again + "\"/></partial-response>").getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setStatus(503);
        response.setContentType("text/html;charset=UTF-8");
        Locale locale = english ? Locale.ENGLISH : Texts.BOKMAL;
        String title = Texts.format(MESSAGES, locale, "unavailable.title");
        String text = Texts.format(MESSAGES, locale, "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) ? "unavailable.read" : "unavailable.text");
        String again = Texts.format(MESSAGES, locale, "unavailable.again");
        response.getOutputStream().write(("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="UTF-8"><title>%s – Ledernett</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"></head>
                <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto; padding: 0 1em">
                <h1>%s</h1><p>%s</p><p><a href="">%s</a></p>
                <p style="color: #666; font-size: small">%s: %s</p>
                </body></html>
                """.formatted(english ? "en" : "nb", title, title, text, again, Texts.format(MESSAGES, locale, "unavailable.request"), RequestIds.current()))
                .getBytes(StandardCharsets.UTF_8));
    }
}
