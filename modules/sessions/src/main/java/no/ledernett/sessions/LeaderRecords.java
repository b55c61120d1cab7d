package no.ledernett.sessions;

import no.ledernett.platform.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything the sessions module keeps about one leader, for an export on request, and erasure:
 * the texts they wrote and the notes about them go; attendance, ratings and hours stay as
 * anonymous figures.
 *
 * <p>Two exports: {@link #complete} with every text, for the leader themselves, and
 * {@link #withoutTexts} for the consultancy's staff, in which challenges, next steps, feedback
 * comments and advisers' notes appear only as that they exist and when. Which one a caller gets is
 * decided by the accounts module's {@code PersonalData}, never by a parameter from a request.
 */
@ApplicationScoped
public class LeaderRecords implements PersonalDataSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, Object> complete(long leaderId) {
        return export(leaderId, true);
    }

    @Override
    public Map<String, Object> withoutTexts(long leaderId) {
        return export(leaderId, false);
    }

    private Map<String, Object> export(long leaderId, boolean texts) {
        Map<String, Object> data = new LinkedHashMap<>();
        // Each challenge with its meeting's date in one statement.
        data.put("challenges", em.createQuery("SELECT c, m.date FROM Challenge c LEFT JOIN GroupMeeting m ON m.id = c.meetingId "
                        + "WHERE c.leaderId = :l ORDER BY c.submittedAt", Object[].class)
                .setParameter("l", leaderId).getResultStream().map(r -> {
                    Challenge c = (Challenge) r[0];
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("meetingId", c.getMeetingId());
                    row.put("meetingDate", text(r[1]));
                    row.put("submittedAt", text(c.getSubmittedAt()));
                    if (texts) {
                        row.put("title", c.title());
                        row.put("description", c.description());
                        row.put("helpWanted", c.helpWanted());
                        row.put("nextStep", c.nextStep());
                    } else {
                        row.put("hasNextStep", c.nextStep() != null);
                    }
                    row.put("nextStepDone", c.isNextStepDone());
                    return row;
                }).toList());
        // Attendance with the feedback given for it in one statement: feedback is only taken from someone marked present (FeedbackBox.rate).
        List<Object[]> meetings = em.createQuery("SELECT a, f FROM Attendance a LEFT JOIN Feedback f ON f.meetingId = a.meetingId "
                + "AND f.leaderId = a.leaderId WHERE a.leaderId = :l ORDER BY a.meetingId", Object[].class)
                .setParameter("l", leaderId).getResultList();
        data.put("attendance", meetings.stream().map(r -> (Attendance) r[0])
                .map(a -> Map.of("meetingId", a.getMeetingId(), "presence", a.getPresence().name())).toList());
        data.put("feedback", meetings.stream().map(r -> (Feedback) r[1]).filter(f -> f != null).map(f -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("meetingId", f.getMeetingId());
            row.put("rating", f.getRating());
            if (texts) {
                row.put("comment", f.comment());
            } else {
                row.put("hasComment", f.comment() != null);
            }
            return row;
        }).toList());
        // Courses with their sessions in one statement, however many courses.
        Map<CoachingCourse, List<CoachingSession>> coaching = new LinkedHashMap<>();
        em.createQuery("SELECT c, s FROM CoachingCourse c LEFT JOIN CoachingSession s ON s.courseId = c.id WHERE c.leaderId = :l "
                        + "ORDER BY c.start, c.id, s.date", Object[].class).setParameter("l", leaderId).getResultList()
                .forEach(r -> {
                    List<CoachingSession> list = coaching.computeIfAbsent((CoachingCourse) r[0], k -> new ArrayList<>());
                    if (r[1] != null) {
                        list.add((CoachingSession) r[1]);
                    }
                });
        data.put("coaching", coaching.keySet().stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("courseId", c.getId());
            row.put("adviserId", c.getAdviserId());
            row.put("start", text(c.getStart()));
            row.put("end", text(c.getEnd()));
            row.put("sessions", coaching.get(c).stream().map(s -> {
                Map<String, Object> session = new LinkedHashMap<>();
                session.put("date", text(s.getDate()));
                session.put("mode", s.getMode().name());
                session.put("status", s.getStatus().name());
                if (texts) {
                    session.put("adviserNotes", s.notes());
                } else {
                    session.put("hasAdviserNotes", s.notes() != null);
                }
                return session;
            }).toList());
            if (!texts) {
                row.put("sessionsWithAdviserNotes", coaching.get(c).stream().filter(s -> s.notes() != null).count());
            }
            return row;
        }).toList());
        data.put("calendarLinks", em.createQuery("SELECT COUNT(c) FROM CalendarLink c WHERE c.owner = :o AND c.ownerId = :l", Long.class)
                .setParameter("o", CalendarLink.Owner.LEADER).setParameter("l", leaderId).getSingleResult());
        return data;
    }

    @Transactional
    @Override
    public void erase(long leaderId) {
        em.createQuery("SELECT c FROM Challenge c WHERE c.leaderId = :l", Challenge.class).setParameter("l", leaderId).getResultList()
                .forEach(Challenge::erase);
        em.createQuery("SELECT f FROM Feedback f WHERE f.leaderId = :l", Feedback.class).setParameter("l", leaderId).getResultList()
                .forEach(Feedback::eraseComment);
        sessions(courses(leaderId)).values().forEach(list -> list.forEach(s -> s.writeNotes(null)));
        em.createQuery("SELECT c FROM CalendarLink c WHERE c.owner = :o AND c.ownerId = :l", CalendarLink.class)
                .setParameter("o", CalendarLink.Owner.LEADER).setParameter("l", leaderId).getResultList().stream()
                .filter(c -> !c.isRevoked()).forEach(CalendarLink::revoke);
    }

    private List<CoachingCourse> courses(long leaderId) {
        return em.createQuery("SELECT c FROM CoachingCourse c WHERE c.leaderId = :l ORDER BY c.start", CoachingCourse.class)
                .setParameter("l", leaderId).getResultList();
    }

    /** The sessions of these courses by course, in date order: one statement, not one per course. */
    private Map<Long, List<CoachingSession>> sessions(List<CoachingCourse> courses) {
        if (courses.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT s FROM CoachingSession s WHERE s.courseId IN :c ORDER BY s.date", CoachingSession.class)
                .setParameter("c", courses.stream().map(CoachingCourse::getId).toList()).getResultStream()
                .collect(Collectors.groupingBy(CoachingSession::getCourseId, LinkedHashMap::new, Collectors.toList()));
    }

    /** A value as text, or null (JSON null) when there is none: never the text "null". */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
