package no.ledernett.sessions;

import no.ledernett.mail.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import no.ledernett.groups.GroupView;

/**
 * The e-mails about meetings: the schedule with its invitations, a changed or cancelled meeting,
 * the request to write a challenge when intake opens, and the reminder the day before. Queued
 * in the outbox within the caller's transaction.
 */
@ApplicationScoped
public class MeetingMail {

    static final String TEXTS = "no.ledernett.sessions.Mail";

    @Inject
    Outbox outbox;

    @Inject
    MailRecipients recipients;

    void scheduled(GroupView group, List<GroupMeeting> meetings) {
        for (MailRecipient r : recipients.ofGroup(group, true)) {
            String dates = String.join("\n", meetings.stream().map(m -> "– " + r.when(m)).toList());
            outbox.queue("schedule:group:" + group.id() + ":" + r.key(), r.email(), r.text("schedule.subject", group.name()),
                    r.text("schedule.body", r.name(), group.name(), dates), IcsWriter.invitations(meetings, group.name(), r.locale()));
        }
    }

    void changed(GroupView group, GroupMeeting meeting) {
        String key = meeting.getStatus() == MeetingStatus.CANCELLED ? "cancelled" : "moved";
        for (MailRecipient r : recipients.ofGroup(group, true)) {
            outbox.queue(key + ":meeting:" + meeting.getId() + ":seq:" + meeting.getIcsSequence() + ":" + r.key(), r.email(),
                    r.text(key + ".subject", group.name()), r.text(key + ".body", r.name(), group.name(), r.when(meeting)),
                    IcsWriter.invitation(meeting, group.name(), r.locale()));
        }
    }

    /** An extra meeting added to a group's series: an invitation to it alone. */
    void added(GroupView group, GroupMeeting meeting) {
        for (MailRecipient r : recipients.ofGroup(group, true)) {
            outbox.queue("added:meeting:" + meeting.getId() + ":" + r.key(), r.email(), r.text("added.subject", group.name()),
                    r.text("added.body", r.name(), group.name(), r.when(meeting)), IcsWriter.invitation(meeting, group.name(), r.locale()));
        }
    }

    boolean intakeRequest(GroupView group, GroupMeeting meeting, LocalDateTime closes) {
        boolean any = false;
        for (MailRecipient r : recipients.ofGroup(group, false)) {
            any |= outbox.queue("intake:meeting:" + meeting.getId() + ":" + r.key(), r.email(), r.text("intake.subject", group.name()),
                    r.text("intake.body", r.name(), group.name(), r.when(meeting), r.when(closes)), null);
        }
        return any;
    }

    boolean reminder(GroupView group, GroupMeeting meeting) {
        boolean any = false;
        // The sequence in the key: a meeting moved after its reminder went is reminded of again, for its new day.
        for (MailRecipient r : recipients.ofGroup(group, true)) {
            any |= outbox.queue("reminder:meeting:" + meeting.getId() + ":seq:" + meeting.getIcsSequence() + ":" + r.key(), r.email(), r.text("reminder.subject", group.name()),
                    r.text("reminder.body", r.name(), group.name(), r.when(meeting), meeting.getPlace() == null ? r.text("video") : meeting.getPlace()),
                    null);
        }
        return any;
    }

}
