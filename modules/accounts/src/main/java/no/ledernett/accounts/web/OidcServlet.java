package no.ledernett.accounts.web;

import jakarta.enterprise.event.Event;
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
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ledernett.accounts.CurrentViewer;
import no.ledernett.accounts.OidcClient;
import no.ledernett.accounts.OidcSettings;
import no.ledernett.accounts.PageAccess;
import no.ledernett.accounts.Passwords;
import no.ledernett.platform.Audited;
import no.ledernett.platform.OperationsMetrics;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Viewer;

/**
 * OpenID Connect sign-in: {@code /oidc/start} sends the browser to the provider with a fresh state,
 * nonce and PKCE code verifier kept in the session (only the verifier's S256 challenge leaves);
 * {@code /oidc/callback} checks the state, has the code exchanged with the verifier and the ID
 * token verified, and signs in the active user whose verified e-mail it names. Anything wrong ends
 * on the sign-in page with a message saying what (unknown address, unverified address, failed),
 * never an error page. After signing out here, {@code /oidc/end-session} sends the browser on to the
 * provider to sign out there too ({@link SignOut}), and {@code /oidc/signed-out} is where the
 * provider sends it back.
 */
@WebServlet(urlPatterns = {"/oidc/start", "/oidc/callback", "/oidc/end-session", "/oidc/signed-out"})
public class OidcServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OidcServlet.class.getName());
    private static final String STATE = OidcServlet.class.getName() + ".state";
    private static final String NONCE = OidcServlet.class.getName() + ".nonce";
    private static final String NEXT = OidcServlet.class.getName() + ".next";
    private static final String VERIFIER = OidcServlet.class.getName() + ".verifier";
    /** The ID token of an OpenID Connect sign-in, kept in the session as the hint for signing out at the provider. */
    public static final String ID_TOKEN = OidcServlet.class.getName() + ".idToken";
    /** After signing out here: the provider's end-session address, and the language of the page that sends the browser there. */
    static final String END_SESSION = OidcServlet.class.getName() + ".endSession";
    static final String END_SESSION_LANGUAGE = OidcServlet.class.getName() + ".endSessionLanguage";

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

    @Inject
    transient Event<Audited> audit;

    @Inject
    transient OperationsMetrics metrics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.isEnabled()) {
            response.sendError(404);
            return;
        }
        if (request.getServletPath().endsWith("/start")) {
            start(request, response);
        } else if (request.getServletPath().endsWith("/end-session")) {
            endSession(request, response);
        } else if (request.getServletPath().endsWith("/signed-out")) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=true");
        } else {
            callback(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(true);
        String state = Passwords.newToken();
        String nonce = Passwords.newToken();
        // 32 random bytes in base64url: 43 characters, PKCE's shortest verifier (RFC 7636 4.1).
        String verifier = Passwords.newToken();
        session.setAttribute(STATE, state);
        session.setAttribute(NONCE, nonce);
        session.setAttribute(VERIFIER, verifier);
        session.setAttribute(NEXT, request.getParameter("next"));
        try {
            response.sendRedirect(client.authorizationUrl(redirectUri(request), state, nonce, verifier));
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
            // A forged or replayed answer, or the provider's own refusal (error=access_denied …).
            LOG.log(Level.WARNING, "OpenID Connect callback refused: {0}", expected == null ? "no sign-in under way in this session"
                    : request.getParameter("error") != null ? "the provider answered " + request.getParameter("error") : "state does not match");
            toSignIn(request, response, "failed");
            return;
        }
        String nonce = (String) session.getAttribute(NONCE);
        String verifier = (String) session.getAttribute(VERIFIER);
        String next = (String) session.getAttribute(NEXT);
        // One answer per sign-in started: the same state, code or verifier never counts twice.
        session.removeAttribute(STATE);
        session.removeAttribute(NONCE);
        session.removeAttribute(VERIFIER);
        session.removeAttribute(NEXT);
        OidcClient.SignIn signIn;
        try {
            signIn = client.signIn(code, redirectUri(request), nonce, verifier);
        } catch (OidcClient.UnverifiedEmail e) {
            LOG.log(Level.WARNING, "OpenID Connect sign-in refused: {0}", e.getMessage());
            metrics.signInFailed();
            audit.fire(new Audited(Viewer.anonymous(), "sign-in.failed", "email:" + e.email()));
            toSignIn(request, response, "unverified");
            return;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "OpenID Connect sign-in refused: {0}", e.getMessage());
            toSignIn(request, response, "failed");
            return;
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams().newAuthentication(true)
                .credential(signIn.email()));
        if (status != AuthenticationStatus.SUCCESS || current.user() == null) {
            toSignIn(request, response, "unknown");
            return;
        }
        request.getSession().setAttribute(ID_TOKEN, signIn.idToken());
        String target = pageAccess.after(current.user().viewer(), next);
        response.sendRedirect(request.getContextPath() + target);
    }

    /**
     * A page that moves the browser on to the provider's end-session address at once (a refresh,
     * as no script runs here; a link for a browser that ignores it). Only an address {@link SignOut}
     * left in this browser's session, once: never one from the request.
     */
    private void endSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String target = session == null ? null : (String) session.getAttribute(END_SESSION);
        if (target == null) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=true");
            return;
        }
        Locale language = Locale.forLanguageTag(String.valueOf(session.getAttribute(END_SESSION_LANGUAGE)));
        session.invalidate();
        String title = Texts.format(AccountTexts.BUNDLE, language, "signout.provider.title", settings.getLabel());
        String link = Texts.format(AccountTexts.BUNDLE, language, "signout.provider.continue", settings.getLabel());
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + html(language.toLanguageTag()) + "\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + html(target) + "\"><title>" + html(title) + "</title></head>"
                + "<body><main><h1>" + html(title) + "</h1><p><a id=\"continue\" href=\"" + html(target) + "\">" + html(link)
                + "</a></p></main></body></html>");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** Where the provider sends the browser back after signing in. */
    static String redirectUri(HttpServletRequest request) {
        return address(request, "/oidc/callback");
    }

    /** Where the provider sends the browser back after signing out there (its post_logout_redirect_uri). */
    static String signedOutUri(HttpServletRequest request) {
        return address(request, "/oidc/signed-out");
    }

    /**
     * This server as the browser reached it (the proxy passes Host and X-Forwarded-Proto). A forged
     * Host gets nowhere: the provider sends the browser only to addresses registered with it.
     */
    private static String address(HttpServletRequest request, String path) {
        String scheme = request.getHeader("X-Forwarded-Proto") != null ? request.getHeader("X-Forwarded-Proto") : request.getScheme();
        String host = request.getHeader("Host") != null ? request.getHeader("Host") : request.getServerName() + ":" + request.getServerPort();
        return scheme + "://" + host + request.getContextPath() + path;
    }

    private static void toSignIn(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.xhtml?oidc=" + why);
    }
}
