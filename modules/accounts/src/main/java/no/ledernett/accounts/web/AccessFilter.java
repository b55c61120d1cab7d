package no.ledernett.accounts.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.ledernett.accounts.PageAccess;
import no.ledernett.platform.Viewer;

/**
 * Screens need a signed-in user of the right role: anonymous visitors are sent to the sign-in page
 * and brought back afterwards; a signed-in user of the wrong role gets 403. AJAX requests get a
 * partial-response redirect, which is what JSF understands when a session has expired.
 */
@WebFilter(urlPatterns = {"/admin/*", "/portal/*"})
public class AccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient jakarta.enterprise.inject.Instance<Viewer> viewers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Viewer who = viewers.get();
        if (PageAccess.allowed(who, path)) {
            chain.doFilter(request, response);
            return;
        }
        if (!who.is(Viewer.Role.ANONYMOUS)) {
            response.sendError(403);
            return;
        }
        String query = request.getQueryString();
        String next = URLEncoder.encode(path + (query == null ? "" : "?" + query), StandardCharsets.UTF_8);
        String login = request.getContextPath() + "/login.xhtml?next=" + next;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login.replace("&", "&amp;") + "\"></redirect></partial-response>");
            return;
        }
        response.sendRedirect(login);
    }
}
