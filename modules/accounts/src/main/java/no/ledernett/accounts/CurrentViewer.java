package no.ledernett.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import no.ledernett.platform.Viewer;

/**
 * Who is asking: the user the sign-in mechanism established for this request, or anonymous
 * (also outside a request, e.g. in background jobs, which pass their own viewer explicitly).
 */
@ApplicationScoped
public class CurrentViewer {

    @Inject
    HttpServletRequest request;

    @Produces
    Viewer current() {
        SignedInUser user = user();
        return user == null ? Viewer.anonymous() : user.viewer();
    }

    /** The signed-in user with name and e-mail, or null. */
    public SignedInUser user() {
        try {
            Object user = request.getAttribute(SignedInUser.KEY);
            if (user == null) {
                HttpSession session = request.getSession(false);
                user = session == null ? null : session.getAttribute(SignedInUser.KEY);
            }
            return user instanceof SignedInUser signedIn ? signedIn : null;
        } catch (ContextNotActiveException | IllegalStateException e) {
            return null;
        }
    }
}
