package no.ledernett.app;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import no.ledernett.accounts.AccountLanguages;
import no.ledernett.accounts.SignedInUser;
import no.ledernett.platform.Language;
import no.ledernett.platform.web.Origins;

/**
 * The header's language picker posts here: the choice is remembered on this browser (a year) and,
 * for a signed-in user, on their account, so e-mails and their other devices follow. Then back to
 * the page they were on. Like every other write it must come from our own pages (same origin), so
 * another site cannot change a signed-in account's language; and it only ever sends the browser
 * back to a path on this site.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int A_YEAR = 365 * 24 * 3600;

    @Inject
    transient AccountLanguages accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!Origins.sameOrigin(request.getHeader("Origin"), request.getHeader("Referer"), self(request))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Language chosen = Language.of(request.getParameter("language")).orElse(null);
        if (chosen != null) {
            Cookie cookie = new Cookie(Language.COOKIE, chosen.tag());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(A_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SignedInUser.KEY) instanceof SignedInUser user) {
                session.setAttribute(SignedInUser.KEY, user.choosing(chosen));
                if (user.viewer().userId() != null) {
                    accounts.choose(user.viewer().userId(), chosen);
                }
            }
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + local(request.getParameter("back")));
    }

    /** This server as the browser reached it (the proxy passes the Host header on). */
    private static URI self(HttpServletRequest request) {
        try {
            return new URI(request.getScheme(), null, request.getServerName(), request.getServerPort(), null, null, null);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Only a path on this site, never an address elsewhere (no open redirect): the one rule sign-in's next follows too. */
    static String local(String back) {
        return no.ledernett.platform.web.LocalPath.safe(back).orElse("/");
    }
}
