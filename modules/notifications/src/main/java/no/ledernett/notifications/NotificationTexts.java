package no.ledernett.notifications;

import java.util.Locale;
import no.ledernett.platform.Texts;

/** Where this module's texts live, and a notification's sentence in a language (the screens and the mail say the same). */
public final class NotificationTexts {

    public static final String TEXTS = "no.ledernett.notifications.web.Texts";
    public static final String MAIL = "no.ledernett.notifications.Mail";
    public static final String RULES = "no.ledernett.notifications.Rules";

    private NotificationTexts() {
    }

    public static String sentence(NotificationKind kind, String subject, String detail, Locale locale) {
        return Texts.format(TEXTS, locale, "kind." + kind.name() + ".text", subject, detail == null ? "" : detail);
    }
}
