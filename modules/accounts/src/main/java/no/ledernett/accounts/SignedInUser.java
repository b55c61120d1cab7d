package no.ledernett.accounts;

import java.io.Serializable;
import no.ledernett.platform.Language;
import no.ledernett.platform.Viewer;

/**
 * Who is signed in, kept in the HTTP session. Serializable and small, so Payara can replicate the
 * session to the other instances of a cluster.
 *
 * @param language        the language the user chose, or null
 * @param defaultLanguage what they see without a choice: their municipality's written form for a
 *                        contact or leader, else bokmål
 * @param credentials     the account's credentials stamp at sign-in: once the account's stamp moved on
 *                        (disabled, new password, new role), this sign-in is over ({@link SessionRevocations})
 */
public record SignedInUser(Viewer viewer, String name, String email, Language language, Language defaultLanguage, long credentials)
        implements Serializable {

    public static final String KEY = SignedInUser.class.getName();

    /** The language the user's screens are in, unless they chose another on this browser before signing in. */
    public Language screenLanguage() {
        return language != null ? language : defaultLanguage;
    }

    public SignedInUser choosing(Language chosen) {
        return new SignedInUser(viewer, name, email, chosen, defaultLanguage, credentials);
    }
}
