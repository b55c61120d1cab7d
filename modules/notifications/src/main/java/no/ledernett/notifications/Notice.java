package no.ledernett.notifications;

import java.io.Serializable;

/**
 * One event to tell people about, before it is addressed to anyone.
 *
 * @param key     names the event, the same however often or wherever it is heard, e.g. {@code budget:12:80}; a user is told once per key
 * @param subject what the event is about, by name (a municipality, a group, a mail's subject), shown in the text
 * @param detail  a second value for the text (a percentage, a date), or null
 * @param link    the page where it is solved, a path under the context root with its query
 */
public record Notice(NotificationKind kind, String key, String subject, String detail, String link) implements Serializable {

    public Notice {
        subject = subject == null ? "" : subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
    }
}
