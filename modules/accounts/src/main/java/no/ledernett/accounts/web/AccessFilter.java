package no.ledernett.accounts.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.ledernett.accounts.PageAccess;
import no.ledernett.accounts.SignInRedirect;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.LocalPath;

/**
 * A second look after the container's own constraints (web.xml): screens need a signed-in user of
 * the right role. Decides on the path as the container normalised it, never on the raw URI,
 * which a client may spell {@code //admin/...} or {@code /admin%2f...}. Anonymous visitors go to
 * the sign-in page and come back afterwards; a signed-in user of the wrong role gets 403.
 */
@WebFilter(urlPatterns = "/*")
public class AccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient jakarta.enterprise.inject.Instance<Viewer> viewers;

    @Inject
    transient PageAccess pageAccess;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = LocalPath.of(request);
        if (!pageAccess.needsSignIn(path)) {
            chain.doFilter(request, response);
            return;
        }
        Viewer who = viewers.get();
        if (pageAccess.allowed(who, path)) {
            chain.doFilter(request, response);
        } else if (who.is(Viewer.Role.ANONYMOUS)) {
            SignInRedirect.send(request, response);
        } else {
            response.sendError(403);
        }
    }
}
