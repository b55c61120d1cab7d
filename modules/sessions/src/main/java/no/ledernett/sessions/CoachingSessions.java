package no.ledernett.sessions;

import no.ledernett.platform.ConflictException;
import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A coaching course's sessions: planned, moved, held or not attended (either logs the hours) or
 * cancelled; the leader and the adviser are told of each plan and change by mail. Only whoever may
 * change the course ({@link Coaching#changeable}) may change its sessions.
 */
@ApplicationScoped
public class CoachingSessions {

    public record SessionInput(String date, String start, String end, String mode, String place) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Coaching coaching;

    @Inject
    HoursLog hours;

    @Inject
    CoachingMail mail;

    @Inject
    @ConfigProperty(name = "ledernett.sessions.coaching-preparation-hours", defaultValue = "0.5")
    double preparationHours;

    /** Today is the consultancy's day, in Norway, whatever zone the server runs in. */
    java.time.Clock clock = java.time.Clock.system(IcsWriter.OSLO);

    public List<CoachingSession> sessions(long courseId) {
        coaching.course(courseId);
        return em.createQuery("SELECT s FROM CoachingSession s WHERE s.courseId = :c ORDER BY s.date, s.start", CoachingSession.class)
                .setParameter("c", courseId).getResultList();
    }

    public CoachingSession session(long id) {
        CoachingSession session = em.find(CoachingSession.class, id);
        if (session == null) {
            throw new NotFoundException("Coaching session", id);
        }
        return session;
    }

    /** Plans a session; in person needs a place, by phone a number, by video a link. The leader and the adviser get an invitation. */
    @Transactional
    public CoachingSession plan(Viewer viewer, long courseId, SessionInput input) {
        CoachingCourse course = coaching.changeable(viewer, courseId);
        Slot slot = checked(input);
        CoachingSession session = new CoachingSession(courseId, slot.day(), slot.start(), slot.end(), slot.mode(), slot.place());
        em.persist(session);
        em.flush(); // its id is in the invitation's UID and the mail's key
        mail.planned(course, session);
        return session;
    }

    /**
     * Moves a planned session, or changes how it is held, from the version the caller read (a stale
     * one is a conflict, nothing changed). The leader and the adviser get the change with the updated event.
     */
    @Transactional
    public CoachingSession move(Viewer viewer, long sessionId, long version, SessionInput input) {
        CoachingSession session = session(sessionId);
        CoachingCourse course = coaching.changeable(viewer, session.getCourseId());
        if (version != session.getVersion()) {
            throw new ConflictException("Coaching session", sessionId);
        }
        if (session.getStatus() != MeetingStatus.PLANNED) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "status", "meeting.notPlanned"));
        }
        Slot slot = checked(input);
        session.move(slot.day(), slot.start(), slot.end(), slot.mode(), slot.place());
        mail.changed(course, session);
        return session;
    }

    /** A session's time and place as given, checked. */
    private record Slot(LocalDate day, LocalTime start, LocalTime end, CoachingMode mode, String place) {
    }

    private static Slot checked(SessionInput input) {
        Rules rules = new Rules().maxLength("place", input.place(), 300);
        MeetingTime time = MeetingTime.read(rules, input.date(), input.start(), input.end());
        CoachingMode mode = rules.required("mode", input.mode())
                .oneOf("mode", input.mode(), CoachingMode.class, SessionsTexts.RULES, "coaching.mode", null);
        if (mode != null && (input.place() == null || input.place().isBlank())) {
            rules.add(Violation.of(SessionsTexts.RULES, "place", "coaching.place." + mode));
        }
        if (mode == CoachingMode.PHONE && input.place() != null && !input.place().isBlank()) {
            rules.phone("place", input.place());
        }
        if (mode == CoachingMode.VIDEO && input.place() != null && !input.place().isBlank() && !input.place().trim().startsWith("https://")) {
            rules.add(Violation.of(SessionsTexts.RULES, "place", "coaching.link"));
        }
        rules.check();
        return new Slot(time.day(), time.start(), time.end(), mode, input.place().trim());
    }

    @Transactional
    public CoachingSession held(Viewer viewer, long sessionId) {
        CoachingSession session = session(sessionId);
        coaching.changeable(viewer, session.getCourseId());
        if (session.getStatus() == MeetingStatus.CANCELLED) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "status", "meeting.notPlanned"));
        }
        // Not before its day (in Oslo): the hours are invoiced, and a session to come is no work done.
        if (session.getDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "date", "held.notYet"));
        }
        session.held();
        hours.logCoaching(session, coaching.course(session.getCourseId()), preparationHours);
        return session;
    }

    /**
     * The leader did not come. The adviser kept the time free and prepared, and the leader gave no
     * notice, so the session is billed as if held: its time and the preparation, under its own label.
     */
    @Transactional
    public CoachingSession noShow(Viewer viewer, long sessionId) {
        CoachingSession session = session(sessionId);
        coaching.changeable(viewer, session.getCourseId());
        if (session.getStatus() != MeetingStatus.PLANNED) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "status", "meeting.notPlanned"));
        }
        if (session.getDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "date", "noShow.notYet"));
        }
        session.noShow();
        hours.logCoaching(session, coaching.course(session.getCourseId()), preparationHours);
        return session;
    }

    @Transactional
    public CoachingSession cancel(Viewer viewer, long sessionId) {
        CoachingSession session = session(sessionId);
        coaching.changeable(viewer, session.getCourseId());
        if (session.getStatus() != MeetingStatus.PLANNED) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "status", "meeting.notPlanned"));
        }
        session.cancel();
        mail.changed(coaching.course(session.getCourseId()), session);
        return session;
    }
}
