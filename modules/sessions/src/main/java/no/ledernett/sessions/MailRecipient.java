package no.ledernett.sessions;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import no.ledernett.platform.Texts;

/**
 * Someone who gets mail about a meeting or a coaching session, in their language.
 *
 * @param key who they are in a mail's dedupe key, e.g. {@code leader:5}
 */
record MailRecipient(String key, String name, String email, Locale locale) implements Serializable {

    String text(String key, Object... args) {
        return Texts.format(MeetingMail.TEXTS, locale, key, args);
    }

    String when(LocalDateTime moment) {
        return moment.format(DateTimeFormatter.ofPattern(text("format.when"), locale));
    }

    String when(GroupMeeting m) {
        return when(m.getDate().atTime(m.getStart()));
    }

    String when(CoachingSession s) {
        return when(s.getDate().atTime(s.getStart()));
    }

    boolean isAdviser() {
        return key.startsWith("adviser:");
    }
}
