package no.ledernett.sessions;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.ledernett.platform.Language;
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

    /** Someone who gets mail about a group, in their language. */
    record Recipient(String key, String name, String email, Locale locale) implements Serializable {

        String text(String key, Object... args) {
            return Texts.format(TEXTS, locale, key, args);
        }

        String when(LocalDateTime moment) {
            return moment.format(DateTimeFormatter.ofPattern(text("format.when"), locale));
        }

        String when(GroupMeeting m) {
            return when(m.getDate().atTime(m.getStart()));
        }
    }

    @Inject
    jakarta.enterprise.inject.Instance<no.ledernett.platform.PreferredLanguages> preferred;

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
        boolean known = !preferred.isUnsatisfied();
        Map<Long, Language> leaderLanguages = known ? preferred.get().ofLeaders(ids) : Map.of();
        List<Recipient> list = new ArrayList<>();
        for (Leader l : leaders.byIds(ids)) {
            list.add(new Recipient("leader:" + l.getId(), l.getName(), l.getEmail(), leaderLanguages.getOrDefault(l.getId(), Language.BOKMAL).locale()));
        }
        if (withAdviser && group.getAdviserId() != null) {
            Adviser a = advisers.get(group.getAdviserId());
            Language language = known ? preferred.get().ofAdvisers(List.of(a.getId())).get(a.getId()) : Language.BOKMAL;
            list.add(new Recipient("adviser:" + a.getId(), a.getName(), a.getEmail(), language.locale()));
        }
        return list;
    }

    void scheduled(NetworkGroup group, List<GroupMeeting> meetings) {
        for (Recipient r : recipients(group, true)) {
            String dates = String.join("\n", meetings.stream().map(m -> "– " + r.when(m)).toList());
            outbox.queue("schedule:group:" + group.getId() + ":" + r.key(), r.email(), r.text("schedule.subject", group.getName()),
                    r.text("schedule.body", r.name(), group.getName(), dates), IcsWriter.invitations(meetings, group.getName(), r.locale()));
        }
    }

    void changed(NetworkGroup group, GroupMeeting meeting) {
        String key = meeting.getStatus() == MeetingStatus.CANCELLED ? "cancelled" : "moved";
        for (Recipient r : recipients(group, true)) {
            outbox.queue(key + ":meeting:" + meeting.getId() + ":seq:" + meeting.getIcsSequence() + ":" + r.key(), r.email(),
                    r.text(key + ".subject", group.getName()), r.text(key + ".body", r.name(), group.getName(), r.when(meeting)),
                    IcsWriter.invitation(meeting, group.getName(), r.locale()));
        }
    }

    boolean intakeRequest(NetworkGroup group, GroupMeeting meeting, LocalDateTime closes) {
        boolean any = false;
        for (Recipient r : recipients(group, false)) {
            any |= outbox.queue("intake:meeting:" + meeting.getId() + ":" + r.key(), r.email(), r.text("intake.subject", group.getName()),
                    r.text("intake.body", r.name(), group.getName(), r.when(meeting), r.when(closes)), null);
        }
        return any;
    }

    boolean reminder(NetworkGroup group, GroupMeeting meeting) {
        boolean any = false;
        for (Recipient r : recipients(group, true)) {
            any |= outbox.queue("reminder:meeting:" + meeting.getId() + ":" + r.key(), r.email(), r.text("reminder.subject", group.getName()),
                    r.text("reminder.body", r.name(), group.getName(), r.when(meeting), meeting.getPlace() == null ? r.text("video") : meeting.getPlace()),
                    null);
        }
        return any;
    }

}
