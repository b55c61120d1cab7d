package no.ledernett.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.ledernett.accounts.Accounts;
import no.ledernett.accounts.CurrentViewer;
import no.ledernett.accounts.PageAccess;
import no.ledernett.accounts.SignInOutcome;
import no.ledernett.platform.Viewer;
import org.omnifaces.util.Messages;

/** The sign-in page: e-mail and password, then on to where the user was going or their start page. */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext security;

    @Inject
    CurrentViewer current;

    @Inject
    PageAccess pageAccess;

    private String email;
    private String password;
    private String next;

    /** Someone already signed in goes straight on. */
    public void redirectIfSignedIn() throws IOException {
        if (current.user() != null) {
            go(current.user().viewer());
        }
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email == null ? "" : email.trim(), new Password(password == null ? "" : password))));
        if (status == AuthenticationStatus.SUCCESS && current.user() != null) {
            go(current.user().viewer());
            return;
        }
        Accounts.SignIn outcome = SignInOutcome.of(request);
        password = null;
        if (outcome != null && outcome.outcome() == Accounts.SignIn.Outcome.UNAVAILABLE) {
            Messages.create(AccountTexts.text("signin.unavailable")).error().add();
        } else if (outcome != null && outcome.outcome() == Accounts.SignIn.Outcome.THROTTLED) {
            Messages.create(AccountTexts.text("signin.throttled", outcome.waitSeconds())).error().add();
        } else {
            Messages.create(AccountTexts.text("signin.wrong")).error().add();
        }
    }

    private void go(Viewer viewer) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String target = pageAccess.after(viewer, next);
        external.redirect(external.getRequestContextPath() + target);
        FacesContext.getCurrentInstance().responseComplete();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
