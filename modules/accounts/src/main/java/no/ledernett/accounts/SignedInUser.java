package no.ledernett.accounts;

import java.io.Serializable;
import no.ledernett.platform.Viewer;

/**
 * Who is signed in, kept in the HTTP session. Serializable and small, so Payara can replicate the
 * session to the other instances of a cluster.
 */
public record SignedInUser(Viewer viewer, String name, String email) implements Serializable {

    static final String KEY = SignedInUser.class.getName();

    static SignedInUser of(UserAccount account) {
        return new SignedInUser(account.viewer(), account.getName(), account.getEmail());
    }
}
