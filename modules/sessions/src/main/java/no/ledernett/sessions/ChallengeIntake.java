package no.ledernett.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import no.ledernett.groups.Groups;
import no.ledernett.groups.GroupView;
import no.ledernett.groups.Members;
import no.ledernett.municipalities.Leaders;
import no.ledernett.platform.Audited;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Intake before a meeting: each member writes one challenge while intake is open (staff and the
 * group's adviser may write one on a member's behalf at any time before the meeting).
 */
@ApplicationScoped
public class ChallengeIntake {

    @Inject
    jakarta.enterprise.event.Event<Audited> audit;

    @PersistenceContext
    EntityManager em;

    @Inject
    Meetings meetings;

    @Inject
    Groups groups;

    @Inject
    Members members;

    @Inject
    Leaders leaders;

    @Inject
    @ConfigProperty(name = "ledernett.sessions.intake-opens-days", defaultValue = "14")
    int intakeOpensDays;

    @Inject
    @ConfigProperty(name = "ledernett.sessions.intake-closes-hours", defaultValue = "24")
    int intakeClosesHours;

    public int closesHours() {
        return intakeClosesHours;
    }

    public int opensDays() {
        return intakeOpensDays;
    }

    public Intake of(GroupMeeting meeting) {
        LocalDateTime start = meeting.getDate().atTime(meeting.getStart());
        return new Intake(start.minusDays(intakeOpensDays), start.minusHours(intakeClosesHours));
    }

    /** Writes (or rewrites) a leader's challenge for a meeting. Participants only while intake is open. */
    @Transactional
    public ChallengeView submit(Viewer viewer, long meetingId, ChallengeInput input) {
        input.check();
        GroupMeeting meeting = meetings.get(meetingId);
        GroupView group = groups.view(meeting.getGroupId());
        Set<Long> current = members.currentIds(group.id());
        Rules rules = new Rules();
        if (!current.contains(input.leaderId())) {
            rules.add(Violation.of(SessionsTexts.RULES, "leaderId", "challenge.notMember"));
        } else if (!ChallengeAccess.mayWrite(viewer, input.leaderId(), current, group.adviserId())) {
            throw new NotFoundException("Meeting", meetingId);
        }
        if (meeting.getStatus() != MeetingStatus.PLANNED) {
            rules.add(Violation.of(SessionsTexts.RULES, "meetingId", "meeting.notPlanned"));
        } else if (viewer.role() == Viewer.Role.PARTICIPANT && !of(meeting).isOpen(LocalDateTime.now(IcsWriter.OSLO))) {
            rules.add(Violation.of(SessionsTexts.RULES, "meetingId", "intake.closed"));
        }
        rules.check();
        Challenge challenge = em.createQuery("SELECT c FROM Challenge c WHERE c.meetingId = :m AND c.leaderId = :l", Challenge.class)
                .setParameter("m", meetingId).setParameter("l", input.leaderId()).getResultStream().findFirst()
                .orElseGet(() -> {
                    Challenge created = new Challenge(meetingId, input.leaderId(), viewer.role());
                    em.persist(created);
                    return created;
                });
        challenge.write(input.title().trim(), blank(input.description()), blank(input.helpWanted()));
        em.flush();
        audit.fire(new Audited(viewer, "challenge.write", "challenge:" + challenge.getId()));
        return Challenges.view(challenge, leaders.names(List.of(input.leaderId())).get(input.leaderId()),
                ChallengeAccess.mayRead(viewer, current, group.adviserId()), meeting);
    }

    /** A planned meeting whose intake has closed with not one challenge written. */
    public record EmptyIntake(long meetingId, long groupId, java.time.LocalDate date, java.time.LocalTime start) implements java.io.Serializable {
    }

    /**
     * Planned meetings whose intake has closed before {@code now} (Oslo's wall clock) and that have not
     * started yet, without a challenge: one statement, whatever the number of meetings.
     */
    @Transactional
    public List<EmptyIntake> closedWithoutChallenges(LocalDateTime now) {
        // Intake closes a set number of hours before a meeting starts: the meetings starting from now until that long after.
        LocalDateTime last = now.plusHours(intakeClosesHours);
        return em.createQuery("SELECT m FROM GroupMeeting m WHERE m.status = :planned AND m.date BETWEEN :from AND :to "
                        + "AND NOT EXISTS (SELECT c.id FROM Challenge c WHERE c.meetingId = m.id) ORDER BY m.date, m.start, m.id", GroupMeeting.class)
                .setParameter("planned", MeetingStatus.PLANNED).setParameter("from", now.toLocalDate()).setParameter("to", last.toLocalDate())
                .getResultStream()
                .filter(m -> {
                    LocalDateTime start = m.getDate().atTime(m.getStart());
                    return start.isAfter(now) && !start.isAfter(last);
                })
                .map(m -> new EmptyIntake(m.getId(), m.getGroupId(), m.getDate(), m.getStart()))
                .toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
