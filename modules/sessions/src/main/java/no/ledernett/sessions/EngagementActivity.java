package no.ledernett.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What was delivered under an engagement in a period, in figures only, for the client report:
 * meetings per group, attendance, feedback, coaching sessions and hours. Nothing here names a
 * leader or holds a challenge, a next step or a note; a group where fewer than {@link #MIN_PEOPLE}
 * different leaders were present shows no rates, and feedback shows only where at least that many
 * different leaders answered, so no figure can single one out. Six statements, whatever the size.
 */
@ApplicationScoped
public class EngagementActivity {

    /** Below this many people, a rate or an average says something about one person. */
    public static final int MIN_PEOPLE = 3;

    @PersistenceContext
    EntityManager em;

    /**
     * One group's figures. Rates and averages are null where too few took part to show them.
     *
     * @param attendanceRate present of all marked, 0–1
     * @param noShows        marked absent without notice
     */
    public record GroupFigures(long groupId, String name, int planned, int held, int cancelled, Double attendanceRate, Integer noShows,
                               Double feedbackAverage, Integer feedbackAnswers) implements Serializable {
    }

    public record Figures(List<GroupFigures> groups, int coachingHeld, int coachingPlanned, int coachingNoShows, Map<YearMonth, Double> hoursByMonth,
                          double hoursTotal) implements Serializable {
    }

    public Figures of(long engagementId, LocalDate from, LocalDate to) {
        Map<Long, String> names = new LinkedHashMap<>();
        em.createQuery("SELECT g.id, g.name FROM SessionGroup g WHERE g.engagementId = :e ORDER BY g.name, g.id", Object[].class)
                .setParameter("e", engagementId).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        Map<Long, Map<MeetingStatus, Integer>> meetings = new HashMap<>();
        Map<Long, Map<Presence, Integer>> presence = new HashMap<>();
        Map<Long, Integer> peoplePresent = new HashMap<>();
        Map<Long, Object[]> feedback = new HashMap<>();
        // Joined on the engagement rather than asked for the groups found above, so a report costs the same statements with or without groups.
        em.createQuery("SELECT m.groupId, m.status, COUNT(m) FROM GroupMeeting m, SessionGroup g WHERE m.groupId = g.id AND g.engagementId = :e "
                        + "AND m.date BETWEEN :from AND :to GROUP BY m.groupId, m.status", Object[].class)
                .setParameter("e", engagementId).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> meetings.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((MeetingStatus) r[1], ((Number) r[2]).intValue()));
        em.createQuery("SELECT m.groupId, a.presence, COUNT(a), COUNT(DISTINCT a.leaderId) FROM Attendance a, GroupMeeting m, SessionGroup g "
                        + "WHERE a.meetingId = m.id AND m.groupId = g.id AND g.engagementId = :e AND m.status = :held AND m.date BETWEEN :from AND :to "
                        + "GROUP BY m.groupId, a.presence", Object[].class)
                .setParameter("e", engagementId).setParameter("held", MeetingStatus.HELD).setParameter("from", from).setParameter("to", to)
                .getResultList().forEach(r -> {
                    presence.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((Presence) r[1], ((Number) r[2]).intValue());
                    if (r[1] == Presence.PRESENT) {
                        peoplePresent.put((Long) r[0], ((Number) r[3]).intValue());
                    }
                });
        em.createQuery("SELECT m.groupId, AVG(f.rating), COUNT(f), COUNT(DISTINCT f.leaderId) FROM Feedback f, GroupMeeting m, SessionGroup g "
                        + "WHERE f.meetingId = m.id AND m.groupId = g.id AND g.engagementId = :e AND m.date BETWEEN :from AND :to GROUP BY m.groupId",
                        Object[].class)
                .setParameter("e", engagementId).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> feedback.put((Long) r[0], r));
        List<GroupFigures> groups = new ArrayList<>();
        names.forEach((id, name) -> {
            Map<MeetingStatus, Integer> m = meetings.getOrDefault(id, Map.of());
            Map<Presence, Integer> p = presence.getOrDefault(id, Map.of());
            boolean enoughPresent = peoplePresent.getOrDefault(id, 0) >= MIN_PEOPLE;
            int marked = p.values().stream().mapToInt(Integer::intValue).sum();
            Double rate = enoughPresent && marked > 0 ? p.getOrDefault(Presence.PRESENT, 0) / (double) marked : null;
            Integer noShows = enoughPresent ? p.getOrDefault(Presence.ABSENT, 0) : null;
            Object[] f = feedback.get(id);
            boolean enoughAnswers = f != null && ((Number) f[3]).intValue() >= MIN_PEOPLE;
            groups.add(new GroupFigures(id, name, m.getOrDefault(MeetingStatus.PLANNED, 0), m.getOrDefault(MeetingStatus.HELD, 0),
                    m.getOrDefault(MeetingStatus.CANCELLED, 0), rate, noShows,
                    enoughAnswers ? Math.round(((Number) f[1]).doubleValue() * 10) / 10.0 : null, enoughAnswers ? ((Number) f[2]).intValue() : null));
        });
        Map<MeetingStatus, Integer> coaching = new HashMap<>();
        em.createQuery("SELECT s.status, COUNT(s) FROM CoachingSession s, CoachingCourse c WHERE s.courseId = c.id AND c.engagementId = :e "
                        + "AND s.date BETWEEN :from AND :to GROUP BY s.status", Object[].class)
                .setParameter("e", engagementId).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> coaching.put((MeetingStatus) r[0], ((Number) r[1]).intValue()));
        Map<YearMonth, Double> hours = new TreeMap<>();
        em.createQuery("SELECT h.date, h.hours FROM HoursEntry h WHERE h.engagementId = :e AND h.date BETWEEN :from AND :to", Object[].class)
                .setParameter("e", engagementId).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> hours.merge(YearMonth.from((LocalDate) r[0]), ((Number) r[1]).doubleValue(), Double::sum));
        hours.replaceAll((k, v) -> Math.round(v * 100) / 100.0);
        double total = Math.round(hours.values().stream().mapToDouble(Double::doubleValue).sum() * 100) / 100.0;
        return new Figures(groups, coaching.getOrDefault(MeetingStatus.HELD, 0), coaching.getOrDefault(MeetingStatus.PLANNED, 0),
                coaching.getOrDefault(MeetingStatus.NO_SHOW, 0), hours, total);
    }
}
