package no.ledernett.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import no.ledernett.accounts.Recipients;
import no.ledernett.accounts.Recipients.Recipient;
import no.ledernett.groups.GroupView;
import no.ledernett.groups.Groups;
import no.ledernett.municipalities.BudgetUse;
import no.ledernett.municipalities.EngagementView;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.MunicipalityDirectory;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.sessions.ChallengeIntake;

/**
 * What each event means for whom: the notice (its key, what it names, where it is solved) and the
 * people to tell. Reads in a transaction of its own, since it runs on the relay's and the scheduler's
 * threads, where an entity manager outside a transaction is closed after its first use.
 */
@ApplicationScoped
public class Occurrences {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** An event with the people it is for. */
    public record Addressed(Notice notice, List<Recipient> recipients) {
    }

    @Inject
    Recipients recipients;

    @Inject
    Engagements engagements;

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    Groups groups;

    @Inject
    ChallengeIntake intake;

    /** An engagement at 80 % or 100 % of its hour budget, for staff; nothing below 80 %. Each threshold once. */
    private List<Addressed> budget(long engagementId) {
        EngagementView engagement = engagements.view(engagementId);
        BudgetUse use = engagements.budgetUse(engagement);
        int threshold = switch (use.level()) {
            case OVER -> 100;
            case NEAR -> 80;
            case OK -> 0;
        };
        if (threshold == 0) {
            return List.of();
        }
        return List.of(new Addressed(new Notice(NotificationKind.BUDGET, "budget:" + engagementId + ":" + threshold,
                engagement.municipality().name(), String.valueOf(threshold), "/admin/municipalities/engagement.xhtml?id=" + engagementId),
                recipients.staff()));
    }

    /** What an event written down by {@link Events} means for whom. */
    @Transactional
    public List<Addressed> of(EventQueue.Waiting event) {
        return switch (event.kind()) {
            case HOURS_LOGGED -> budget(event.refId());
            case SERVICE_REQUESTED -> request(event.refId(), event.text());
            case ADVISER_ASSIGNED -> assignment(event.refId(), event.text(), event.otherId());
            case MAIL_FAILED -> mailFailed(event.refId(), event.text());
        };
    }

    private List<Addressed> request(long requestId, String municipalityNumber) {
        String municipality = municipalities.get(new MunicipalityNumber(municipalityNumber)).name();
        return List.of(new Addressed(new Notice(NotificationKind.REQUEST, "request:" + requestId, municipality, null,
                "/admin/requests/index.xhtml"), recipients.staff()));
    }

    /** The adviser learns of their new group; the link is their meetings with the group, which they may open. */
    private List<Addressed> assignment(long groupId, String groupName, long adviserId) {
        return List.of(new Addressed(new Notice(NotificationKind.ASSIGNMENT, "assignment:" + groupId + ":" + adviserId,
                groupName, null, "/admin/meetings/index.xhtml?group=" + groupId), recipients.advisers(List.of(adviserId))));
    }

    private List<Addressed> mailFailed(long mailId, String subject) {
        return List.of(new Addressed(new Notice(NotificationKind.MAIL_FAILED, "mail-failed:" + mailId, subject, null,
                "/admin/mail/index.xhtml?status=FAILED"), recipients.staff()));
    }

    /** Meetings whose intake closed with no challenge: the group's adviser, or staff when the group has none (or the adviser no account). */
    @Transactional
    public List<Addressed> emptyIntakes(LocalDateTime now) {
        List<Addressed> found = new ArrayList<>();
        List<Recipient> staff = null;
        for (ChallengeIntake.EmptyIntake empty : intake.closedWithoutChallenges(now)) {
            GroupView group = groups.view(empty.groupId());
            List<Recipient> to = group.adviserId() == null ? List.of() : recipients.advisers(List.of(group.adviserId()));
            if (to.isEmpty()) {
                to = staff == null ? staff = recipients.staff() : staff;
            }
            found.add(new Addressed(new Notice(NotificationKind.INTAKE_EMPTY, "intake-empty:" + empty.meetingId(), group.name(),
                    DATE.format(empty.date()), "/admin/meetings/meeting.xhtml?id=" + empty.meetingId()), to));
        }
        return found;
    }

    /** Invitations sent before the cut-off and not taken up, for staff; once per link sent (a new link starts the wait again). */
    @Transactional
    public List<Addressed> pendingInvitations(Instant sentBefore) {
        List<Recipients.PendingInvitation> pending = recipients.invitationsSentBefore(sentBefore);
        if (pending.isEmpty()) {
            return List.of();
        }
        List<Recipient> staff = recipients.staff();
        return pending.stream().map(p -> {
            String sent = DATE.format(p.invited().atZone(OSLO));
            return new Addressed(new Notice(NotificationKind.INVITATION, "invitation:" + p.userId() + ":" + p.invited().getEpochSecond(), p.name(), sent,
                    "/admin/users/index.xhtml?invited=true"), staff);
        }).toList();
    }
}
