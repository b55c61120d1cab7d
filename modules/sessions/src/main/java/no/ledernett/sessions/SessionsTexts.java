package no.ledernett.sessions;

/** Where this module's user-facing texts live. */
public final class SessionsTexts {

    public static final String RULES = "no.ledernett.sessions.Rules";
    /** Screen texts; also the bokmål words stored with hours and load entries. */
    public static final String TEXTS = "no.ledernett.sessions.web.Texts";

    private SessionsTexts() {
    }
}
