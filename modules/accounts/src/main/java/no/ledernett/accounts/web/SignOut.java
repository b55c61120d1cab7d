package no.ledernett.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import no.ledernett.accounts.CurrentViewer;
import no.ledernett.accounts.OidcClient;
import no.ledernett.accounts.OidcSettings;
import no.ledernett.accounts.SignedInUser;
import no.ledernett.platform.Audited;

/**
 * Who is signed in (for the page header) and signing out: the session ends here, and someone who
 * signed in with the municipality's account is then sent to the provider to sign out there too
 * (RP-initiated logout), when its discovery document names an end-session endpoint; it sends them
 * back to {@code /oidc/signed-out}.
 */
@Named("account")
@RequestScoped
public class SignOut {

    @Inject
    CurrentViewer current;

    @Inject
    Event<Audited> audit;

    @Inject
    OidcSettings oidc;

    @Inject
    OidcClient oidcClient;

    public SignedInUser getUser() {
        return current.user();
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SignedInUser user = current.user();
        if (user != null) {
            audit.fire(new Audited(user.viewer(), "sign-out", "user:" + user.viewer().userId()));
        }
        HttpSession session = request.getSession(false);
        String idToken = session == null ? null : (String) session.getAttribute(OidcServlet.ID_TOKEN);
        request.logout();
        external.invalidateSession();
        Optional<String> atProvider = idToken != null && oidc.isEnabled()
                ? oidcClient.endSessionUrl(idToken, OidcServlet.signedOutUri(request)) : Optional.empty();
        if (atProvider.isPresent()) {
            // Not a redirect to the provider from here: the form's CSP (form-action 'self') would stop
            // the browser on the way; a page of our own sends it on (OidcServlet's /oidc/end-session).
            HttpSession fresh = request.getSession(true);
            fresh.setAttribute(OidcServlet.END_SESSION, atProvider.get());
            fresh.setAttribute(OidcServlet.END_SESSION_LANGUAGE, FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag());
            external.redirect(external.getRequestContextPath() + "/oidc/end-session");
        } else {
            external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
        }
        FacesContext.getCurrentInstance().responseComplete();
    }
}
