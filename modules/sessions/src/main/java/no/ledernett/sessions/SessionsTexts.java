package no.ledernett.sessions;

/** Where this module's user-facing texts live. */
public final class SessionsTexts {

    public static final String RULES = "no.ledernett.sessions.Rules";

    private SessionsTexts() {
    }
}
