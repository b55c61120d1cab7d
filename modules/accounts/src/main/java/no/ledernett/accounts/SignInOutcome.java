package no.ledernett.accounts;

import jakarta.servlet.http.HttpServletRequest;

/** Reads what the sign-in mechanism concluded about this request's credentials. */
public final class SignInOutcome {

    private SignInOutcome() {
    }

    public static Accounts.SignIn of(HttpServletRequest request) {
        Object outcome = request.getAttribute(SignInMechanism.OUTCOME);
        return outcome instanceof Accounts.SignIn signIn ? signIn : null;
    }
}
