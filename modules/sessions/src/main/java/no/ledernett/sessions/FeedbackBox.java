package no.ledernett.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;

/** Ratings of meetings. Averages are shown only from three answers, so nobody's rating can be singled out. */
@ApplicationScoped
public class FeedbackBox {

    public static final int MIN_ANSWERS = 3;

    /** @param average null while fewer than {@link #MIN_ANSWERS} have answered */
    public record Summary(long answers, Double average) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Meetings meetings;

    @Inject
    AttendanceRegister attendance;

    /**
     * An attendee rates a held meeting 1–5; rating again replaces the earlier answer. A leader rates
     * only for themselves; staff and the group's adviser enter answers on attendees' behalf.
     */
    @Transactional
    public void rate(Viewer viewer, long meetingId, Long leaderId, Integer rating, String comment) {
        if (viewer.is(Viewer.Role.PARTICIPANT)) {
            if (viewer.leaderId() == null || !viewer.leaderId().equals(leaderId)) {
                throw new NotFoundException("Meeting", meetingId);
            }
        } else {
            meetings.changeable(viewer, meetingId);
        }
        Rules rules = new Rules().required("leaderId", leaderId).required("rating", rating).maxLength("comment", comment, 2000);
        if (rating != null && (rating < 1 || rating > 5)) {
            rules.add(Violation.of("rating", "range", 1, 5));
        }
        rules.check();
        GroupMeeting meeting = meetings.get(meetingId);
        if (meeting.getStatus() != MeetingStatus.HELD) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "meetingId", "feedback.notHeld"));
        }
        if (attendance.of(meetingId).get(leaderId) != Presence.PRESENT) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "leaderId", "feedback.notPresent"));
        }
        Feedback feedback = em.createQuery("SELECT f FROM Feedback f WHERE f.meetingId = :m AND f.leaderId = :l", Feedback.class)
                .setParameter("m", meetingId).setParameter("l", leaderId).getResultStream().findFirst()
                .orElseGet(() -> {
                    Feedback created = new Feedback(meetingId, leaderId);
                    em.persist(created);
                    return created;
                });
        feedback.rate(rating, comment == null || comment.isBlank() ? null : comment.trim());
    }

    public Summary forMeeting(long meetingId) {
        Object[] row = em.createQuery("SELECT COUNT(f), AVG(f.rating) FROM Feedback f WHERE f.meetingId = :m", Object[].class)
                .setParameter("m", meetingId).getSingleResult();
        return summary(row);
    }

    public Summary forGroup(long groupId) {
        Object[] row = em.createQuery("SELECT COUNT(f), AVG(f.rating) FROM Feedback f, GroupMeeting m WHERE f.meetingId = m.id AND m.groupId = :g",
                Object[].class).setParameter("g", groupId).getSingleResult();
        return summary(row);
    }

    private static Summary summary(Object[] row) {
        long answers = ((Number) row[0]).longValue();
        Double average = answers < MIN_ANSWERS || row[1] == null ? null : Math.round(((Number) row[1]).doubleValue() * 10) / 10.0;
        return new Summary(answers, average);
    }
}
