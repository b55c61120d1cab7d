package no.ledernett.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import no.ledernett.platform.Audited;
import no.ledernett.platform.Viewer;

/**
 * Jakarta Security authentication for every request: the sign-in page's credentials (then the
 * session id is renewed and the user kept in the session), HTTP Basic or an API token (Bearer) for
 * API clients, or the user already in the session. Pages and endpoints decide themselves who may see what
 * ({@link PageAccess}, the platform's ApiAccess); this only establishes who is asking. A session or
 * remembered credential from before the account's credentials changed (disabled, new password, new
 * role) no longer counts ({@link SessionRevocations}).
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    /** Request attribute holding the last sign-in attempt's outcome, for the sign-in page to explain a refusal. */
    static final String OUTCOME = SignInMechanism.class.getName() + ".outcome";

    @Inject
    Accounts accounts;

    @Inject
    PasswordSignIn passwordSignIn;

    @Inject
    BasicCredentials basicCredentials;

    @Inject
    AccountLanguages languages;

    @Inject
    SessionRevocations revocations;

    @Inject
    SignInThrottle throttle;

    @Inject
    ApiTokens tokens;

    @Inject
    Event<Audited> audit;

    @Inject
    no.ledernett.platform.OperationsMetrics metrics;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            return signIn(request, context, form.getCaller(), form.getPasswordAsString());
        }
        if (credential instanceof VerifiedEmail verified) {
            return signInVerified(request, context, verified.email());
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && isApi(request)) {
            return bearer(request, response, context, header.substring(7).trim());
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(request, response, context, header.substring(6).trim());
        }
        HttpSession session = request.getSession(false);
        Object user = session == null ? null : session.getAttribute(SignedInUser.KEY);
        if (user instanceof SignedInUser signedIn) {
            if (revocations.valid(signedIn)) {
                return accept(request, context, signedIn);
            }
            // Signed in before the account was disabled or its password or role changed: that session is over.
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyOver) {
                // another request of the same session ended it a moment ago
            }
        }
        if (isApi(request)) {
            // The API answers for itself (ApiAccess: 401 with a problem document), also when a library asks
            // to authenticate an anonymous caller of a public endpoint: never a sign-in page to a program.
            return context.doNothing();
        }
        if (context.isProtected()) {
            // The container's constraints (web.xml) protect this path: sign in first, then back here.
            SignInRedirect.send(request, response);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.doNothing();
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = no.ledernett.platform.web.LocalPath.of(request);
        return path.equals("/api") || path.startsWith("/api/");
    }

    /**
     * An API token (only on the API: a page is for people, who sign in). An unknown, expired or
     * revoked token is refused at once, never taken for anonymous; a read-only token may only read
     * ({@code ApiAccess} refuses the rest).
     */
    private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String secret) {
        java.util.Optional<ApiToken> token;
        try {
            token = tokens.use(secret, request.getMethod(), no.ledernett.platform.web.LocalPath.of(request));
        } catch (RuntimeException e) {
            if (!no.ledernett.platform.DatabaseFailures.isUnavailable(e)) {
                throw e;
            }
            return refuse(request, response, new Accounts.SignIn(Accounts.SignIn.Outcome.UNAVAILABLE, null, 5), "Bearer");
        }
        if (token.isEmpty()) {
            metrics.signInFailed();
            return refuse(request, response, new Accounts.SignIn(Accounts.SignIn.Outcome.WRONG, null, 0), "Bearer");
        }
        request.setAttribute(ApiTokens.VIA_TOKEN, token.get().getId());
        if (token.get().getScope() == ApiToken.Scope.READ) {
            request.setAttribute(no.ledernett.platform.web.ApiAccess.READ_ONLY, Boolean.TRUE);
        }
        return acceptBasic(request, context, basicUser(token.get().getAccount()));
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, Accounts.SignIn result, String scheme) {
        try {
            Refusals.write(request, response, result, scheme);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Checks a password; while the database is down the answer is "unavailable", not "wrong password". */
    private Accounts.SignIn verify(HttpServletRequest request, String email, String password) {
        try {
            return passwordSignIn.verify(email, password, throttle.client(request));
        } catch (RuntimeException e) {
            if (no.ledernett.platform.DatabaseFailures.isUnavailable(e)) {
                return new Accounts.SignIn(Accounts.SignIn.Outcome.UNAVAILABLE, null, 5);
            }
            throw e;
        }
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, String email, String password) {
        Accounts.SignIn result = verify(request, email, password);
        request.setAttribute(OUTCOME, result);
        if (result.outcome() != Accounts.SignIn.Outcome.OK) {
            if (result.outcome() != Accounts.SignIn.Outcome.UNAVAILABLE) {
                metrics.signInFailed();
                audit.fire(new Audited(Viewer.anonymous(), "sign-in.failed", "email:" + Accounts.normal(email)));
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        return startSession(request, context, result.account(), "form");
    }

    /** An OpenID Connect provider vouched for the address; it must belong to an active user of ours. */
    private AuthenticationStatus signInVerified(HttpServletRequest request, HttpMessageContext context, String email) {
        var account = accounts.byEmail(email).filter(UserAccount::isActive);
        if (account.isEmpty()) {
            metrics.signInFailed();
            audit.fire(new Audited(Viewer.anonymous(), "sign-in.failed", "email:" + email));
            return AuthenticationStatus.SEND_FAILURE;
        }
        return startSession(request, context, account.get(), "oidc");
    }

    private AuthenticationStatus startSession(HttpServletRequest request, HttpMessageContext context, UserAccount account, String how) {
        SignedInUser user = languages.signedIn(account, no.ledernett.platform.web.LanguageCookie.read(request));
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SignedInUser.KEY, user);
        metrics.signedIn();
        audit.fire(new Audited(user.viewer(), "sign-in", how));
        return accept(request, context, user);
    }

    private Accounts.SignIn checkBasic(HttpServletRequest request, String encoded, String email, String password) {
        Accounts.SignIn result = email == null ? new Accounts.SignIn(Accounts.SignIn.Outcome.WRONG, null, 0) : verify(request, email, password);
        if (result.outcome() == Accounts.SignIn.Outcome.OK) {
            basicCredentials.remember(encoded, basicUser(result.account()));
            metrics.signedIn();
            audit.fire(new Audited(result.account().viewer(), "sign-in", "basic"));
        } else if (result.outcome() != Accounts.SignIn.Outcome.UNAVAILABLE) {
            metrics.signInFailed();
            audit.fire(new Audited(Viewer.anonymous(), "sign-in.failed", email == null ? "basic" : "email:" + Accounts.normal(email)));
        }
        return result;
    }

    /** API clients say their language per request (Accept-Language); no lookup for it here. */
    private static SignedInUser basicUser(UserAccount account) {
        return new SignedInUser(account.viewer(), account.getName(), account.getEmail(), null, null, account.getCredentialsStamp());
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String encoded) {
        SignedInUser known = basicCredentials.recall(encoded);
        if (known != null && revocations.valid(known)) {
            return acceptBasic(request, context, known);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        String email = colon < 0 ? null : decoded.substring(0, colon);
        String password = colon < 0 ? null : decoded.substring(colon + 1);
        // Requests that waited for another's check of the same header share its outcome, and its audit line.
        Accounts.SignIn result = basicCredentials.checkOnce(encoded, () -> checkBasic(request, encoded, email, password));
        if (result.outcome() == Accounts.SignIn.Outcome.OK) {
            return acceptBasic(request, context, basicUser(result.account()));
        }
        return refuse(request, response, result, "Basic");
    }

    /** This request's own credentials signed it in, not a cookie: the REST origin check need not apply. */
    private static AuthenticationStatus acceptBasic(HttpServletRequest request, HttpMessageContext context, SignedInUser user) {
        request.setAttribute(no.ledernett.platform.web.ApiAccess.CREDENTIALS_IN_REQUEST, Boolean.TRUE);
        return accept(request, context, user);
    }

    private static AuthenticationStatus accept(HttpServletRequest request, HttpMessageContext context, SignedInUser user) {
        request.setAttribute(SignedInUser.KEY, user);
        return context.notifyContainerAboutLogin(user.email(), Set.of(user.viewer().roleName()));
    }
}
