package no.ledernett.platform;

import java.io.Serializable;

/**
 * Something the audit log must record: a read or change of confidential text, a sign-in. Modules
 * fire it as a CDI event; the accounts module stores it with who and when.
 *
 * @param viewer  who did it
 * @param action  what, e.g. {@code challenge.read}, {@code notes.write}, {@code sign-in}
 * @param subject what it was done to, e.g. {@code challenge:42}; never the text itself
 */
public record Audited(Viewer viewer, String action, String subject) implements Serializable {
}
