package no.ledernett.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives every cookie {@code SameSite=Lax}, and {@code Secure} when the request came over TLS,
 * directly or through the proxy ({@code X-Forwarded-Proto: https}, which nginx sets from its own
 * scheme). Payara writes its session cookie without the SameSite attribute web.xml asks for, and
 * marks it secure only when it sees TLS itself, which behind the proxy it never does. It adds that
 * cookie straight to its own response, past any response wrapper, so the header is corrected
 * where it appears: before the chain (the authenticator may have issued a new session id), as soon
 * as a session is created or its id changed, and before anything commits the answer.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CookieAttributes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        boolean tls = overTls(request);
        completeAll(response, tls);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public HttpSession getSession(boolean create) {
                HttpSession session = super.getSession(create);
                completeAll(response, tls);
                return session;
            }

            @Override
            public HttpSession getSession() {
                return getSession(true);
            }

            @Override
            public String changeSessionId() {
                String id = super.changeSessionId();
                completeAll(response, tls);
                return id;
            }
        }, new HttpServletResponseWrapper(response) {
            // Each of these commits the answer: the last moment its headers can be corrected.
            @Override
            public void sendRedirect(String location) throws IOException {
                completeAll(response, tls);
                super.sendRedirect(location);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                completeAll(response, tls);
                super.sendError(status, message);
            }

            @Override
            public void sendError(int status) throws IOException {
                completeAll(response, tls);
                super.sendError(status);
            }

            @Override
            public void flushBuffer() throws IOException {
                completeAll(response, tls);
                super.flushBuffer();
            }

            @Override
            public ServletOutputStream getOutputStream() throws IOException {
                completeAll(response, tls);
                return super.getOutputStream();
            }

            @Override
            public PrintWriter getWriter() throws IOException {
                completeAll(response, tls);
                return super.getWriter();
            }
        });
        completeAll(response, tls);
    }

    static boolean overTls(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    /** Completes each {@code Set-Cookie} header that lacks an attribute, while headers can still change. */
    static void completeAll(HttpServletResponse response, boolean tls) {
        if (response.isCommitted()) {
            return;
        }
        List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        if (cookies.stream().allMatch(c -> complete(c, tls).equals(c))) {
            return;
        }
        boolean first = true;
        for (String cookie : cookies) {
            String value = complete(cookie, tls);
            if (first) {
                response.setHeader("Set-Cookie", value);
                first = false;
            } else {
                response.addHeader("Set-Cookie", value);
            }
        }
    }

    static String complete(String cookie, boolean tls) {
        boolean secure = false;
        boolean sameSite = false;
        for (String attribute : cookie.split(";")) {
            String name = attribute.trim().toLowerCase(Locale.ROOT);
            secure |= name.equals("secure");
            sameSite |= name.startsWith("samesite=");
        }
        return cookie + (sameSite ? "" : "; SameSite=Lax") + (secure || !tls ? "" : "; Secure");
    }
}
