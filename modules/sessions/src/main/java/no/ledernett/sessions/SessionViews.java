package no.ledernett.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What other modules (the portal) read of meetings and coaching: read records by ids, so they
 * neither hold this module's entities nor name them in their queries. The rules stay here and in
 * the services this asks; callers decide whose ids to ask for.
 */
@ApplicationScoped
public class SessionViews {

    /** A meeting of one of a leader's groups, with when its intake is open and the leader's own challenge for it, if any. */
    public record LeaderMeeting(MeetingView meeting, Intake intake, ChallengeView own) implements Serializable {
    }

    /** A municipality's coaching: how many courses, and the advisers who coach in them. */
    public record CoachingFigures(long courses, Set<Long> adviserIds) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Meetings meetings;

    @Inject
    Challenges challenges;

    @Inject
    ChallengeIntake intake;

    @Inject
    CalendarFeeds calendars;

    /** A group's meetings in date order, as {@link Meetings#of} reads them. */
    public List<MeetingView> meetingsOf(long groupId) {
        return meetings.of(groupId).stream().map(MeetingView::of).toList();
    }

    /** One meeting, or not found, as {@link Meetings#get} reads it. */
    public MeetingView meeting(long id) {
        return MeetingView.of(meetings.get(id));
    }

    /** The meetings of these groups from a day on, each with its intake and the leader's own challenge: two statements whatever their number. */
    public List<LeaderMeeting> leaderMeetings(long leaderId, Collection<Long> groupIds, LocalDate from) {
        List<GroupMeeting> list = meetings.ofGroups(groupIds, from);
        Map<Long, ChallengeView> own = challenges.ownFor(leaderId, list);
        return list.stream().map(m -> new LeaderMeeting(MeetingView.of(m), intake.of(m), own.get(m.getId()))).toList();
    }

    /** A leader's coaching sessions from a day on, in time order; one statement. */
    public List<CoachingSessionView> coachingSessionsOf(long leaderId, LocalDate from) {
        return em.createQuery("SELECT s FROM CoachingSession s, CoachingCourse c WHERE c.id = s.courseId AND c.leaderId = :l AND s.date >= :d "
                        + "ORDER BY s.date, s.start", CoachingSession.class)
                .setParameter("l", leaderId).setParameter("d", from).getResultStream()
                .map(s -> new CoachingSessionView(s.getId(), s.getDate(), s.getStart(), s.getEnd(), s.getMode(), s.getPlace(), s.getStatus())).toList();
    }

    /**
     * The coaching bought with these engagements (a municipality's): courses counted and their
     * advisers, in one statement. A course's engagement is always of its leader's municipality
     * ({@link Coaching#create} refuses another), so these are that municipality's leaders' courses.
     */
    public CoachingFigures coachingOf(Collection<Long> engagementIds) {
        if (engagementIds.isEmpty()) {
            return new CoachingFigures(0, Set.of());
        }
        List<Object[]> rows = em.createQuery("SELECT c.adviserId, COUNT(c) FROM CoachingCourse c WHERE c.engagementId IN :e GROUP BY c.adviserId",
                Object[].class).setParameter("e", engagementIds).getResultList();
        return new CoachingFigures(rows.stream().mapToLong(r -> ((Number) r[1]).longValue()).sum(),
                rows.stream().map(r -> (Long) r[0]).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    /** A new secret address for a leader's calendar feed: its token. */
    public String newLeaderCalendarToken(long leaderId) {
        return calendars.create(CalendarLink.Owner.LEADER, leaderId).getToken();
    }
}
