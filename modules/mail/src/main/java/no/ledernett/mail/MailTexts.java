package no.ledernett.mail;

/** Where this module's user-facing texts live. */
public final class MailTexts {

    public static final String RULES = "no.ledernett.mail.Rules";
    public static final String TEXTS = "no.ledernett.mail.web.Texts";

    private MailTexts() {
    }
}
