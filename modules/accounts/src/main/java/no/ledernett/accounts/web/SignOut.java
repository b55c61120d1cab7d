package no.ledernett.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import no.ledernett.accounts.CurrentViewer;
import no.ledernett.accounts.SignedInUser;
import no.ledernett.platform.Audited;

/** Who is signed in (for the page header) and signing out. */
@Named("account")
@RequestScoped
public class SignOut {

    @Inject
    CurrentViewer current;

    @Inject
    Event<Audited> audit;

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
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
