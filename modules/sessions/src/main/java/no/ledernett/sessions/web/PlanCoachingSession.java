package no.ledernett.sessions.web;

import no.ledernett.platform.NorwegianTime;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.sessions.CoachingMode;
import no.ledernett.sessions.CoachingSession;
import no.ledernett.sessions.CoachingSessions;

/** The course page's plan form: a new session, or a planned one moved to another time, place or mode. */
@Named
@ViewScoped
public class PlanCoachingSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoachingSessions coachingSessions;

    @Inject
    Viewer viewer;

    @Inject
    no.ledernett.sessions.AdviserScope scope;

    /** The course page this form plans for, read again after each plan. */
    @Inject
    CoachingPage page;

    private LocalDate sessionDate = NorwegianTime.today().plusWeeks(1);
    private String sessionStart = "09:00";
    private String sessionEnd = "10:00";
    private CoachingMode mode = CoachingMode.VIDEO;
    private String place;

    /** Plans a new session, or saves the one being moved; either way the leader and the adviser get mail. */
    public void plan() {
        if (FormMessages.attempt("plan", "common.conflict", () -> {
            scope.course(viewer, page.getId());
            CoachingSessions.SessionInput input = new CoachingSessions.SessionInput(Objects.toString(sessionDate, null), sessionStart, sessionEnd,
                    mode == null ? null : mode.name(), place);
            if (moving == null) {
                coachingSessions.plan(viewer, page.getId(), input);
            } else {
                coachingSessions.move(viewer, moving, movingVersion, input);
            }
            stopMoving();
        })) {
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        }
        page.load();
    }

    /** The session whose time and place the plan form now changes, and the version it was read at; null when it plans a new one. */
    private Long moving;
    private long movingVersion;

    /** Fills the plan form with this session, to move it. */
    public void startMoving(long sessionId) {
        CoachingSession session = coachingSessions.session(sessionId);
        scope.course(viewer, session.getCourseId());
        moving = session.getId();
        movingVersion = session.getVersion();
        sessionDate = session.getDate();
        sessionStart = session.getStart().toString();
        sessionEnd = session.getEnd().toString();
        mode = session.getMode();
        place = session.getPlace();
    }

    public void stopMoving() {
        moving = null;
        place = null;
    }

    public boolean isMoving() {
        return moving != null;
    }

    public CoachingMode[] getModes() {
        return CoachingMode.values();
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public void setSessionDate(LocalDate sessionDate) {
        this.sessionDate = sessionDate;
    }

    public String getSessionStart() {
        return sessionStart;
    }

    public void setSessionStart(String sessionStart) {
        this.sessionStart = sessionStart;
    }

    public String getSessionEnd() {
        return sessionEnd;
    }

    public void setSessionEnd(String sessionEnd) {
        this.sessionEnd = sessionEnd;
    }

    public CoachingMode getMode() {
        return mode;
    }

    public void setMode(CoachingMode mode) {
        this.mode = mode;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
