package no.ledernett.sessions.web;

import no.ledernett.platform.NorwegianTime;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ledernett.municipalities.EngagementView;
import no.ledernett.municipalities.EngagementKind;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.LeaderRow;
import no.ledernett.municipalities.Leaders;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.sessions.Coaching;
import no.ledernett.sessions.CoachingMode;
import no.ledernett.sessions.CoachingSession;
import org.omnifaces.util.Faces;

/**
 * One individual coaching course: started here (leader, adviser, engagement), then its sessions
 * planned, held (which logs the hours) or cancelled. The notes field appears only for the
 * course's own adviser; everyone else is told the notes are private.
 */
@Named
@ViewScoped
public class CoachingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Coaching coaching;

    @Inject
    Leaders leaders;

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

    // a new course
    private String municipality;
    private Long leaderId;
    private Long adviserId;
    private Long engagementId;
    private LocalDate start = NorwegianTime.today();
    private LocalDate end = NorwegianTime.today().plusMonths(6);
    private Double hoursPerMonth = 2.0;
    private List<LeaderRow> leaderOptions;
    private List<EngagementView> engagementOptions;
    private List<no.ledernett.matching.Evaluation> adviserOptions;

    // a new session
    private LocalDate sessionDate = NorwegianTime.today().plusWeeks(1);
    private String sessionStart = "09:00";
    private String sessionEnd = "10:00";
    private CoachingMode mode = CoachingMode.VIDEO;
    private String place;

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
            sessions = coaching.sessions(id);
            notesAllowed = coaching.keepsNotes(viewer, id);
            if (notesAllowed) {
                sessions.forEach(s -> notes.putIfAbsent(s.getId(), coaching.notes(viewer, s.getId())));
            }
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Coaching course not found");
        }
    }

    public String create() {
        try {
            long created = coaching.create(viewer, new Coaching.CourseInput(leaderId, adviserId, engagementId, text(start), text(end), hoursPerMonth)).getId();
            return "/admin/coaching/course?faces-redirect=true&id=" + created;
        } catch (InvalidInputException e) {
            FormMessages.show("course", e);
            return null;
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
            return null;
        }
    }

    /** Plans a new session, or saves the one being moved; either way the leader and the adviser get mail. */
    public void plan() {
        try {
            scope.course(viewer, id);
            Coaching.SessionInput input = new Coaching.SessionInput(text(sessionDate), sessionStart, sessionEnd, mode == null ? null : mode.name(), place);
            if (moving == null) {
                coaching.plan(viewer, id, input);
            } else {
                coaching.move(viewer, moving, movingVersion, input);
            }
            stopMoving();
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("plan", e);
        } catch (NotFoundException | no.ledernett.platform.ConflictException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        }
        load();
    }

    /** The session whose time and place the plan form now changes, and the version it was read at; null when it plans a new one. */
    private Long moving;
    private long movingVersion;

    /** Fills the plan form with this session, to move it. */
    public void startMoving(long sessionId) {
        CoachingSession session = coaching.session(sessionId);
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

    public void held(long sessionId) {
        CoachingSession held = change(sessionId, id -> coaching.held(viewer, id));
        if (held != null) {
            OutsidePeriod.warnIfOutside(dates, engagements.view(coaching.course(held.getCourseId()).getEngagementId()), held.getDate());
        }
    }

    public void noShow(long sessionId) {
        change(sessionId, id -> coaching.noShow(viewer, id));
    }

    public void cancel(long sessionId) {
        change(sessionId, id -> coaching.cancel(viewer, id));
    }

    /**
     * One step on one of the course's sessions, as every button on a session does it: the caller may
     * act on that session's course, the outcome said in the sessions' message area, the list read
     * again. The changed session, or null when it was refused.
     */
    private CoachingSession change(long sessionId, java.util.function.LongFunction<CoachingSession> step) {
        CoachingSession changed = null;
        try {
            scope.course(viewer, coaching.session(sessionId).getCourseId());
            changed = step.apply(sessionId);
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("sessions", e);
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        }
        load();
        return changed;
    }

    public void saveNotes(long sessionId) {
        try {
            coaching.writeNotes(viewer, sessionId, notes.get(sessionId));
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("sessions", e);
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        }
    }

    /** The municipality the leader and engagement choices were last drawn for. */
    private String optionsFor;

    /** Only a new municipality resets the choices (the field reports a pick and, when left, the same value again). */
    public void municipalityChanged() {
        if (java.util.Objects.equals(municipality, optionsFor)) {
            return;
        }
        optionsFor = municipality;
        org.primefaces.PrimeFaces.current().ajax().update("course:leaderId", "course:engagementId", "course:adviserId");
        adviserOptions = null;
        adviserId = null;
        leaderOptions = null;
        engagementOptions = null;
        leaderId = null;
        engagementId = null;
    }

    public List<LeaderRow> getLeaderOptions() {
        if (leaderOptions == null) {
            leaderOptions = MunicipalityNumber.isWellFormed(municipality)
                    ? leaders.rows(new MunicipalityNumber(municipality.trim()), null, PageRequest.of(0, PageRequest.MAX_SIZE)) : List.of();
        }
        return leaderOptions;
    }

    /** Only engagements that bought individual coaching. */
    public List<EngagementView> getEngagementOptions() {
        if (engagementOptions == null) {
            engagementOptions = MunicipalityNumber.isWellFormed(municipality)
                    ? engagements.views(new MunicipalityNumber(municipality.trim())).stream().filter(e -> e.kind() != EngagementKind.NETWORK_GROUPS).toList()
                    : List.of();
        }
        return engagementOptions;
    }

    /**
     * The advisers ranked for this leader's municipality and the course's period and hours, as the
     * group page's "find adviser" ranks them: the best first; those excluded are not offered.
     */
    public List<no.ledernett.matching.Evaluation> getAdviserOptions() {
        if (adviserOptions == null) {
            adviserOptions = MunicipalityNumber.isWellFormed(municipality) && start != null && end != null && !end.isBefore(start)
                    && hoursPerMonth != null && hoursPerMonth > 0
                    ? coaching.rankAdvisers(municipality.trim(), start, end, hoursPerMonth).eligible()
                    : List.of();
        }
        return adviserOptions;
    }

    /** The period or hours changed: the ranking is read again. */
    public void needChanged() {
        adviserOptions = null;
    }

    public long round(double value) {
        return Math.round(value);
    }

    public CoachingMode[] getModes() {
        return CoachingMode.values();
    }

    public boolean isStaff() {
        return viewer.is(Viewer.Role.STAFF);
    }

    public boolean isNew() {
        return id == null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
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

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public Long getLeaderId() {
        return leaderId;
    }

    public void setLeaderId(Long leaderId) {
        this.leaderId = leaderId;
    }

    public Long getAdviserId() {
        return adviserId;
    }

    public void setAdviserId(Long adviserId) {
        this.adviserId = adviserId;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public void setEngagementId(Long engagementId) {
        this.engagementId = engagementId;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public Double getHoursPerMonth() {
        return hoursPerMonth;
    }

    public void setHoursPerMonth(Double hoursPerMonth) {
        this.hoursPerMonth = hoursPerMonth;
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
