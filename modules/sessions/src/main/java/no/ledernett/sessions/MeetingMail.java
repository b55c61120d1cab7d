package no.ledernett.sessions;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.ledernett.groups.Groups;
import no.ledernett.groups.MemberView;
import no.ledernett.groups.Members;
import no.ledernett.groups.NetworkGroup;
import no.ledernett.matching.Adviser;
import no.ledernett.matching.Advisers;
import no.ledernett.municipalities.Leader;
import no.ledernett.municipalities.Leaders;
import no.ledernett.platform.Texts;

/**
 * The e-mails about meetings: the schedule with its invitations, a changed or cancelled meeting,
 * the request to write a challenge when intake opens, and the reminder the day before. Queued
 * in the outbox within the caller's transaction.
 */
@ApplicationScoped
public class MeetingMail {

    static final String TEXTS = "no.ledernett.sessions.Mail";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("nb"));

    /** Someone who gets mail about a group. */
    record Recipient(String key, String name, String email) implements Serializable {
    }

    @Inject
    Outbox outbox;

    @Inject
    Groups groups;

    @Inject
    Members members;

    @Inject
    Leaders leaders;

    @Inject
    Advisers advisers;

    List<Recipient> recipients(NetworkGroup group, boolean withAdviser) {
        List<Long> ids = members.of(group.getId()).stream().filter(MemberView::isCurrent).map(MemberView::leaderId).toList();
        List<Recipient> list = new ArrayList<>();
        for (Leader l : leaders.byIds(ids)) {
            list.add(new Recipient("leader:" + l.getId(), l.getName(), l.getEmail()));
        }
        if (withAdviser && group.getAdviserId() != null) {
            Adviser a = advisers.get(group.getAdviserId());
            list.add(new Recipient("adviser:" + a.getId(), a.getName(), a.getEmail()));
        }
        return list;
    }

    void scheduled(NetworkGroup group, List<GroupMeeting> meetings) {
        String ics = IcsWriter.invitations(meetings, group.getName());
        String dates = String.join("\n", meetings.stream().map(m -> "– " + when(m)).toList());
        for (Recipient r : recipients(group, true)) {
            outbox.queue("schedule:group:" + group.getId() + ":" + r.key(), r.email(), text("schedule.subject", group.getName()),
                    text("schedule.body", r.name(), group.getName(), dates), ics);
        }
    }

    void changed(NetworkGroup group, GroupMeeting meeting) {
        String key = meeting.getStatus() == MeetingStatus.CANCELLED ? "cancelled" : "moved";
        for (Recipient r : recipients(group, true)) {
            outbox.queue(key + ":meeting:" + meeting.getId() + ":seq:" + meeting.getIcsSequence() + ":" + r.key(), r.email(),
                    text(key + ".subject", group.getName()), text(key + ".body", r.name(), group.getName(), when(meeting)),
                    IcsWriter.invitation(meeting, group.getName()));
        }
    }

    boolean intakeRequest(NetworkGroup group, GroupMeeting meeting, LocalDateTime closes) {
        boolean any = false;
        for (Recipient r : recipients(group, false)) {
            any |= outbox.queue("intake:meeting:" + meeting.getId() + ":" + r.key(), r.email(), text("intake.subject", group.getName()),
                    text("intake.body", r.name(), group.getName(), when(meeting), closes.format(DAY)), null);
        }
        return any;
    }

    boolean reminder(NetworkGroup group, GroupMeeting meeting) {
        boolean any = false;
        for (Recipient r : recipients(group, true)) {
            any |= outbox.queue("reminder:meeting:" + meeting.getId() + ":" + r.key(), r.email(), text("reminder.subject", group.getName()),
                    text("reminder.body", r.name(), group.getName(), when(meeting), meeting.getPlace() == null ? text("video") : meeting.getPlace()),
                    null);
        }
        return any;
    }

    private static String when(GroupMeeting m) {
        return m.getDate().atTime(m.getStart()).format(DAY);
    }

    private static String text(String key, Object... args) {
        return Texts.format(TEXTS, Texts.BOKMAL, key, args);
    }
}
