package no.ledernett.accounts;

import jakarta.security.enterprise.credential.Credential;

/** An e-mail address an OpenID Connect provider has vouched for; only the callback creates one, after verifying the ID token. */
public final class VerifiedEmail implements Credential {

    private final String email;

    VerifiedEmail(String email) {
        this.email = email;
    }

    public String email() {
        return email;
    }
}
