package no.ledernett.mail;

import java.io.Serializable;

/**
 * Fired in the delivering transaction when a mail is given up after its last attempt. The recipient is left out: staff read it on the
 * outbox screen, and a notification about it must not spread an address further.
 *
 * @param dedupeKey what the mail was about ({@link Outbox#queue}), so an observer can leave its own mails alone
 */
public record MailFailedForGood(long mailId, String dedupeKey, String subject) implements Serializable {
}
