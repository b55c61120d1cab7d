package no.ledernett.accounts.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ledernett.accounts.CurrentViewer;
import no.ledernett.accounts.OidcClient;
import no.ledernett.accounts.OidcSettings;
import no.ledernett.accounts.PageAccess;
import no.ledernett.accounts.Passwords;
import no.ledernett.accounts.VerifiedEmail;

/**
 * OpenID Connect sign-in: {@code /oidc/start} sends the browser to the provider with a fresh state
 * and nonce kept in the session; {@code /oidc/callback} checks the state, has the ID token
 * verified and signs in the user whose e-mail it names. Anything wrong ends on the sign-in page
 * with a message, never an error page.
 */
@WebServlet(urlPatterns = {"/oidc/start", "/oidc/callback"})
public class OidcServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OidcServlet.class.getName());
    private static final String STATE = OidcServlet.class.getName() + ".state";
    private static final String NONCE = OidcServlet.class.getName() + ".nonce";
    private static final String NEXT = OidcServlet.class.getName() + ".next";

    @Inject
    transient OidcSettings settings;

    @Inject
    transient OidcClient client;

    @Inject
    transient SecurityContext security;

    @Inject
    transient CurrentViewer current;

    @Inject
    transient PageAccess pageAccess;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.isEnabled()) {
            response.sendError(404);
            return;
        }
        if (request.getServletPath().endsWith("/start")) {
            start(request, response);
        } else {
            callback(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(true);
        String state = Passwords.newToken();
        String nonce = Passwords.newToken();
        session.setAttribute(STATE, state);
        session.setAttribute(NONCE, nonce);
        session.setAttribute(NEXT, request.getParameter("next"));
        try {
            response.sendRedirect(client.authorizationUrl(redirectUri(request), state, nonce));
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "OpenID Connect provider unreachable: {0}", e.getMessage());
            toSignIn(request, response, "failed");
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(STATE);
        String state = request.getParameter("state");
        String code = request.getParameter("code");
        if (expected == null || state == null || code == null || !expected.equals(state)) {
            toSignIn(request, response, "failed");
            return;
        }
        String nonce = (String) session.getAttribute(NONCE);
        String next = (String) session.getAttribute(NEXT);
        session.removeAttribute(STATE);
        session.removeAttribute(NONCE);
        VerifiedEmail verified;
        try {
            verified = client.email(code, redirectUri(request), nonce);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "OpenID Connect sign-in refused: {0}", e.getMessage());
            toSignIn(request, response, "failed");
            return;
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams().newAuthentication(true)
                .credential(verified));
        if (status != AuthenticationStatus.SUCCESS || current.user() == null) {
            toSignIn(request, response, "unknown");
            return;
        }
        String target = pageAccess.after(current.user().viewer(), next);
        response.sendRedirect(request.getContextPath() + target);
    }

    /** Where the provider sends the browser back: this server as the browser reached it (the proxy passes Host and X-Forwarded-Proto). */
    static String redirectUri(HttpServletRequest request) {
        String scheme = request.getHeader("X-Forwarded-Proto") != null ? request.getHeader("X-Forwarded-Proto") : request.getScheme();
        String host = request.getHeader("Host") != null ? request.getHeader("Host") : request.getServerName() + ":" + request.getServerPort();
        return scheme + "://" + host + request.getContextPath() + "/oidc/callback";
    }

    private static void toSignIn(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.xhtml?oidc=" + why);
    }
}
