package no.ledernett.notifications;

/**
 * What a notification is about. Each kind is switched on or off per user, in the app and by
 * e-mail; without a choice every kind shows in the app, and the ones that need someone to act
 * soon come by e-mail too. A mail given up is not mailed by default: the mail server is often
 * why, and the mail about it would wait in the same outbox.
 */
public enum NotificationKind {
    /** An engagement has used 80 % or all of its hour budget (staff). */
    BUDGET(true),
    /** A municipality's contact sent a request from the portal (staff). */
    REQUEST(true),
    /** A group got an adviser: the adviser learns of their new group. */
    ASSIGNMENT(true),
    /** A meeting's intake has closed with no challenge written (the group's adviser; staff when it has none). */
    INTAKE_EMPTY(true),
    /** A mail was given up after its last attempt (staff). */
    MAIL_FAILED(false),
    /** An invitation has not been taken up a week after it was sent (staff). */
    INVITATION(false);

    private final boolean byMailByDefault;

    NotificationKind(boolean byMailByDefault) {
        this.byMailByDefault = byMailByDefault;
    }

    /** The kinds a role is told about: advisers their groups' news, staff everything (an empty intake too, when the group has no adviser). */
    public static java.util.List<NotificationKind> forRole(no.ledernett.platform.Viewer.Role role) {
        return switch (role) {
            case STAFF -> java.util.List.of(values());
            case ADVISER -> java.util.List.of(ASSIGNMENT, INTAKE_EMPTY);
            default -> java.util.List.of();
        };
    }

    public Choice defaults() {
        return new Choice(this, true, byMailByDefault);
    }

    /** A user's choice for one kind. */
    public record Choice(NotificationKind kind, boolean inApp, boolean byMail) implements java.io.Serializable {
    }
}
