package no.ledernett.accounts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.ledernett.accounts.PasswordLinks;
import no.ledernett.accounts.Passwords;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.web.FormMessages;
import org.omnifaces.util.Messages;

/**
 * Choosing a password from an invitation or reset link; and asking for such a link. The answer to
 * a reset request is the same whether the address is known or not.
 */
@Named
@ViewScoped
public class PasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    no.ledernett.accounts.BasicCredentials remembered;

    @Inject
    no.ledernett.accounts.SignInThrottle throttle;

    private String token;
    private String name;
    private boolean valid;
    private boolean done;
    private String password;
    private String repeated;
    private String email;
    private boolean requested;

    public void load() {
        passwordLinks.byToken(token).ifPresent(a -> {
            valid = true;
            name = a.getName();
        });
    }

    public void choose() {
        try {
            passwordLinks.choosePassword(token, password, repeated);
            remembered.forgetAll();
            done = true;
        } catch (InvalidInputException e) {
            FormMessages.show("password", e);
        }
        password = null;
        repeated = null;
    }

    public void requestReset() {
        if (email == null || email.isBlank()) {
            Messages.create(AccountTexts.text("forgot.email.required")).error().add("forgot:email");
            return;
        }
        passwordLinks.requestReset(email, throttle.client(org.omnifaces.util.Faces.getRequest()));
        requested = true;
    }

    public int getMinLength() {
        return Passwords.MIN_LENGTH;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getName() {
        return name;
    }

    public boolean isValid() {
        return valid;
    }

    public boolean isDone() {
        return done;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isRequested() {
        return requested;
    }
}
