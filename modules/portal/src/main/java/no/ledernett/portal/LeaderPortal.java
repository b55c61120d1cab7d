package no.ledernett.portal;

import no.ledernett.platform.NorwegianTime;
import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.ledernett.groups.GroupSummary;
import no.ledernett.groups.Groups;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Viewer;
import no.ledernett.sessions.CalendarFeeds;
import no.ledernett.sessions.CalendarLink;
import no.ledernett.sessions.ChallengeInput;
import no.ledernett.sessions.ChallengeView;
import no.ledernett.sessions.Challenges;
import no.ledernett.sessions.CoachingSession;
import no.ledernett.sessions.FeedbackBox;
import no.ledernett.sessions.GroupMeeting;
import no.ledernett.sessions.MeetingStatus;
import no.ledernett.sessions.Meetings;

/**
 * What a leader (participant) sees: their own groups' meetings, their own challenge for each (to
 * write while intake is open), their next steps, their coaching sessions, their calendar link,
 * and feedback after a meeting they attended. The sessions module's rules decide what they may
 * read and write; this only chooses what to show.
 */
@ApplicationScoped
public class LeaderPortal {

    /** A meeting of one of the leader's groups, with the leader's own challenge for it if any. */
    public record MyMeeting(GroupMeeting meeting, String groupName, Challenges.Intake intake, boolean intakeOpen, ChallengeView mine) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Groups groups;

    @Inject
    Meetings meetings;

    @Inject
    Challenges challenges;

    @Inject
    FeedbackBox feedback;

    @Inject
    CalendarFeeds calendars;

    /** The leader's current groups. */
    public List<GroupSummary> groups(Viewer viewer) {
        long leader = Tenancy.leader(viewer);
        return groups.summaries(em.createQuery("SELECT m.group.id FROM Membership m WHERE m.leaderId = :l AND m.left IS NULL", Long.class)
                .setParameter("l", leader).getResultList());
    }

    /** Meetings of the leader's groups from a month back (for feedback) to the end of the plan. */
    public List<MyMeeting> meetings(Viewer viewer) {
        long leader = Tenancy.leader(viewer);
        // Only the names of the leader's groups are shown here: one statement, not a summary each.
        Map<Long, String> names = em.createQuery("SELECT g.id, g.name FROM Membership m JOIN m.group g WHERE m.leaderId = :l AND m.left IS NULL",
                Object[].class).setParameter("l", leader).getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1], (a, b) -> a));
        LocalDateTime now = NorwegianTime.now();
        List<GroupMeeting> list = meetings.ofGroups(names.keySet(), NorwegianTime.today().minusMonths(1));
        Map<Long, ChallengeView> own = challenges.ownFor(leader, list);
        return list.stream().map(m -> {
            Challenges.Intake intake = challenges.intake(m);
            return new MyMeeting(m, names.get(m.getGroupId()), intake, m.getStatus() == MeetingStatus.PLANNED && intake.isOpen(now), own.get(m.getId()));
        }).toList();
    }

    /** A meeting of the leader's own groups, or not found. */
    public GroupMeeting meeting(Viewer viewer, long meetingId) {
        Tenancy.leader(viewer);
        GroupMeeting meeting;
        try {
            meeting = meetings.get(meetingId);
        } catch (NotFoundException e) {
            throw new NotFoundException("Meeting", meetingId);
        }
        if (groups(viewer).stream().noneMatch(g -> g.id() == meeting.getGroupId())) {
            throw new NotFoundException("Meeting", meetingId);
        }
        return meeting;
    }

    public ChallengeView writeChallenge(Viewer viewer, long meetingId, String title, String description, String helpWanted) {
        meeting(viewer, meetingId);
        return challenges.submit(viewer, meetingId, new ChallengeInput(viewer.leaderId(), title, description, helpWanted));
    }

    /** The leader's own challenges that have a next step, newest first. */
    public List<ChallengeView> nextSteps(Viewer viewer) {
        return nextSteps(viewer, meetings(viewer));
    }

    /** The next steps among meetings already read with {@link #meetings}. */
    public List<ChallengeView> nextSteps(Viewer viewer, List<MyMeeting> mine) {
        long leader = Tenancy.leader(viewer);
        return mine.stream().map(MyMeeting::mine).filter(c -> c != null && c.nextStep() != null && c.leaderId() == leader)
                .sorted(java.util.Comparator.comparing(ChallengeView::submittedAt).reversed()).toList();
    }

    public ChallengeView markDone(Viewer viewer, long challengeId, boolean done) {
        Tenancy.leader(viewer);
        return challenges.markNextStepDone(viewer, challengeId, done);
    }

    public void rate(Viewer viewer, long meetingId, Integer rating, String comment) {
        meeting(viewer, meetingId);
        feedback.rate(viewer, meetingId, viewer.leaderId(), rating, comment);
    }

    /** The leader's coaching sessions from today. */
    public List<CoachingSession> coachingSessions(Viewer viewer) {
        long leader = Tenancy.leader(viewer);
        return em.createQuery("SELECT s FROM CoachingSession s, CoachingCourse c WHERE c.id = s.courseId AND c.leaderId = :l AND s.date >= :d "
                        + "ORDER BY s.date, s.start", CoachingSession.class)
                .setParameter("l", leader).setParameter("d", NorwegianTime.today()).getResultList();
    }

    public CalendarLink newCalendarLink(Viewer viewer) {
        return calendars.create(CalendarLink.Owner.LEADER, Tenancy.leader(viewer));
    }
}
