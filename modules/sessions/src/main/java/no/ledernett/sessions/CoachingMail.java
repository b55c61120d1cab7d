package no.ledernett.sessions;

import no.ledernett.mail.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The e-mails about individual coaching, as a group's meetings get them: an invitation when a
 * session is planned, a notice when it is moved or cancelled, and a reminder the day before. To the
 * leader and the adviser, each in their language, each with the session as a calendar event
 * (the feeds' UID, so calendars update one event). Queued in the outbox within the caller's transaction.
 */
@ApplicationScoped
public class CoachingMail {

    @Inject
    Outbox outbox;

    @Inject
    MailRecipients recipients;

    void planned(CoachingCourse course, CoachingSession session) {
        send("planned:coaching:" + session.getId(), "coaching.planned", course, session, true);
    }

    void changed(CoachingCourse course, CoachingSession session) {
        String what = session.getStatus() == MeetingStatus.CANCELLED ? "cancelled" : "moved";
        send(what + ":coaching:" + session.getId() + ":seq:" + session.getIcsSequence(), "coaching." + what, course, session, true);
    }

    /** Keyed by the session's sequence too: a session moved after its reminder went is reminded again on its new day. */
    boolean reminder(CoachingCourse course, CoachingSession session) {
        return send("reminder:coaching:" + session.getId() + ":seq:" + session.getIcsSequence(), "coaching.reminder", course, session, false);
    }

    private boolean send(String about, String texts, CoachingCourse course, CoachingSession session, boolean withCalendar) {
        List<MailRecipient> people = recipients.ofCourse(course);
        String leader = people.stream().filter(r -> !r.isAdviser()).map(MailRecipient::name).findFirst().orElse("");
        String adviser = people.stream().filter(MailRecipient::isAdviser).map(MailRecipient::name).findFirst().orElse("");
        boolean any = false;
        for (MailRecipient r : people) {
            String other = r.isAdviser() ? leader : adviser;
            any |= outbox.queue(about + ":" + r.key(), r.email(), r.text(texts + ".subject"),
                    r.text(texts + ".body", r.name(), other, r.when(session), where(r, session)),
                    withCalendar ? IcsWriter.invitation(session, r.isAdviser() ? leader : null, r.locale()) : null);
        }
        return any;
    }

    /** The place, the number to call or the video link, said as the mode needs. */
    private static String where(MailRecipient r, CoachingSession session) {
        return switch (session.getMode()) {
            case PHONE -> r.text("ics.phone", session.getPlace());
            case VIDEO -> r.text("coaching.video", session.getPlace());
            default -> session.getPlace();
        };
    }
}
