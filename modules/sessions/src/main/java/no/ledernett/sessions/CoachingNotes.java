package no.ledernett.sessions;

import no.ledernett.platform.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Audited;
import no.ledernett.platform.Viewer;

/** The adviser's private notes on a course's sessions: for the course's own adviser only; every read and write is in the audit log. */
@ApplicationScoped
public class CoachingNotes {

    @PersistenceContext
    EntityManager em;

    @Inject
    Coaching coaching;

    @Inject
    CoachingSessions sessions;

    @Inject
    jakarta.enterprise.event.Event<Audited> audit;

    /** Whether this viewer may read and write the course's private notes: its own adviser only. */
    public boolean keepsNotes(Viewer viewer, long courseId) {
        return viewer != null && viewer.role() == Viewer.Role.ADVISER && viewer.adviserId() != null
                && viewer.adviserId() == coaching.course(courseId).getAdviserId();
    }

    /** The adviser's private notes: for the course's own adviser only; to anyone else the session has none. */
    public String notes(Viewer viewer, long sessionId) {
        CoachingSession session = ownedBy(viewer, sessionId);
        audit.fire(new Audited(viewer, "notes.read", "coaching-session:" + sessionId));
        return session.notes();
    }

    @Transactional
    public void writeNotes(Viewer viewer, long sessionId, String notes) {
        writeNotes(viewer, sessionId, notes, null);
    }

    /** The notes with their session's version, which an update over the API must name. */
    public Notes versionedNotes(Viewer viewer, long sessionId) {
        CoachingSession session = ownedBy(viewer, sessionId);
        audit.fire(new Audited(viewer, "notes.read", "coaching-session:" + sessionId));
        return new Notes(session.notes(), session.getVersion());
    }

    /** Writes the notes unless the session changed since the given version was read; answers the new version. */
    @Transactional
    public long writeNotes(Viewer viewer, long sessionId, String notes, Long version) {
        new Rules().maxLength("notes", notes, 8000).check();
        CoachingSession session = ownedBy(viewer, sessionId);
        if (version != null && version != session.getVersion()) {
            throw new ConflictException("Coaching session", sessionId);
        }
        session.writeNotes(notes == null || notes.isBlank() ? null : notes);
        audit.fire(new Audited(viewer, "notes.write", "coaching-session:" + sessionId));
        em.flush();
        return session.getVersion();
    }

    /** An adviser's notes on one session and the version they were read at. */
    public record Notes(String text, long version) {
    }

    private CoachingSession ownedBy(Viewer viewer, long sessionId) {
        CoachingSession session = sessions.session(sessionId);
        CoachingCourse course = coaching.course(session.getCourseId());
        if (!keepsNotes(viewer, course.getId())) {
            throw new NotFoundException("Notes", sessionId);
        }
        return session;
    }
}
