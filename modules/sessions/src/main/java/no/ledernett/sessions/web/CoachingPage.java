package no.ledernett.sessions.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import no.ledernett.municipalities.Engagements;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.sessions.Coaching;
import no.ledernett.sessions.CoachingNotes;
import no.ledernett.sessions.CoachingSession;
import no.ledernett.sessions.CoachingSessions;
import org.omnifaces.util.Faces;

/**
 * One individual coaching course and its sessions: held (which logs the hours), not attended or
 * cancelled. The notes field appears only for the course's own adviser; everyone else is told the
 * notes are private. Without an id the page starts a course ({@link NewCoachingCourse}); its plan
 * form is {@link PlanCoachingSession}.
 */
@Named
@ViewScoped
public class CoachingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Coaching coaching;

    @Inject
    CoachingSessions coachingSessions;

    @Inject
    CoachingNotes coachingNotes;

    @Inject
    Engagements engagements;

    @Inject
    Viewer viewer;

    @Inject
    no.ledernett.sessions.AdviserScope scope;

    @Inject
    no.ledernett.platform.web.Dates dates;

    private Long id;
    private Coaching.CourseSummary course;
    private List<CoachingSession> sessions;
    private boolean notesAllowed;
    private Map<Long, String> notes = new HashMap<>();

    public void load() {
        if (id == null) {
            if (!viewer.is(Viewer.Role.STAFF)) {
                Faces.responseSendError(404, "Coaching course not found");
            }
            return;
        }
        try {
            scope.course(viewer, id);
            course = coaching.summary(id);
            sessions = coachingSessions.sessions(id);
            notesAllowed = coachingNotes.keepsNotes(viewer, id);
            if (notesAllowed) {
                sessions.forEach(s -> notes.putIfAbsent(s.getId(), coachingNotes.notes(viewer, s.getId())));
            }
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Coaching course not found");
        }
    }

    public void held(long sessionId) {
        change(sessionId, id -> coachingSessions.held(viewer, id)).ifPresent(held ->
                OutsidePeriod.warnIfOutside(dates, engagements.view(coaching.course(held.getCourseId()).getEngagementId()), held.getDate()));
    }

    public void noShow(long sessionId) {
        change(sessionId, id -> coachingSessions.noShow(viewer, id));
    }

    public void cancel(long sessionId) {
        change(sessionId, id -> coachingSessions.cancel(viewer, id));
    }

    /**
     * One step on one of the course's sessions, as every button on a session does it: the caller may
     * act on that session's course, the outcome said in the sessions' message area, the list read
     * again. The changed session, or empty when it was refused.
     */
    private Optional<CoachingSession> change(long sessionId, LongFunction<CoachingSession> step) {
        Optional<CoachingSession> changed = FormMessages.attemptToGet("sessions", "common.conflict", () -> {
            scope.course(viewer, coachingSessions.session(sessionId).getCourseId());
            return step.apply(sessionId);
        });
        changed.ifPresent(s -> FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved"));
        load();
        return changed;
    }

    public void saveNotes(long sessionId) {
        if (FormMessages.attempt("sessions", "common.conflict", () -> coachingNotes.writeNotes(viewer, sessionId, notes.get(sessionId)))) {
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        }
    }

    public boolean isStaff() {
        return viewer.is(Viewer.Role.STAFF);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Coaching.CourseSummary getCourse() {
        return course;
    }

    public List<CoachingSession> getSessions() {
        return sessions;
    }

    public boolean isNotesAllowed() {
        return notesAllowed;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
