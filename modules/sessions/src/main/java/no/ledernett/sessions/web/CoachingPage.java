package no.ledernett.sessions.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ledernett.matching.AdviserOption;
import no.ledernett.matching.Advisers;
import no.ledernett.municipalities.Engagement;
import no.ledernett.municipalities.EngagementKind;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.Leader;
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
    Advisers advisers;

    @Inject
    Engagements engagements;

    @Inject
    Viewer viewer;

    @Inject
    no.ledernett.sessions.AdviserScope scope;

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
    private LocalDate start = LocalDate.now();
    private LocalDate end = LocalDate.now().plusMonths(6);
    private Double hoursPerMonth = 2.0;
    private List<Leader> leaderOptions;
    private List<Engagement> engagementOptions;
    private List<AdviserOption> adviserOptions;

    // a new session
    private LocalDate sessionDate = LocalDate.now().plusWeeks(1);
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
            long created = coaching.create(new Coaching.CourseInput(leaderId, adviserId, engagementId, text(start), text(end), hoursPerMonth)).getId();
            return "/admin/coaching/course?faces-redirect=true&id=" + created;
        } catch (InvalidInputException e) {
            FormMessages.show("course", e);
            return null;
        }
    }

    public void plan() {
        try {
            scope.course(viewer, id);
            coaching.plan(id, new Coaching.SessionInput(text(sessionDate), sessionStart, sessionEnd, mode == null ? null : mode.name(), place));
            place = null;
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("plan", e);
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        }
        load();
    }

    public void held(long sessionId) {
        try {
            scope.course(viewer, coaching.session(sessionId).getCourseId());
            coaching.held(sessionId);
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("sessions", e);
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        }
        load();
    }

    public void cancel(long sessionId) {
        try {
            scope.course(viewer, coaching.session(sessionId).getCourseId());
            coaching.cancel(sessionId);
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("sessions", e);
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        }
        load();
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

    public void municipalityChanged() {
        leaderOptions = null;
        engagementOptions = null;
        leaderId = null;
        engagementId = null;
    }

    public List<Leader> getLeaderOptions() {
        if (leaderOptions == null) {
            leaderOptions = MunicipalityNumber.isWellFormed(municipality)
                    ? leaders.search(new MunicipalityNumber(municipality.trim()), null, PageRequest.of(0, PageRequest.MAX_SIZE)).items() : List.of();
        }
        return leaderOptions;
    }

    /** Only engagements that bought individual coaching. */
    public List<Engagement> getEngagementOptions() {
        if (engagementOptions == null) {
            engagementOptions = MunicipalityNumber.isWellFormed(municipality)
                    ? engagements.of(new MunicipalityNumber(municipality.trim())).stream().filter(e -> e.getKind() != EngagementKind.NETWORK_GROUPS).toList()
                    : List.of();
        }
        return engagementOptions;
    }

    public List<AdviserOption> getAdviserOptions() {
        if (adviserOptions == null) {
            adviserOptions = advisers.options(true);
        }
        return adviserOptions;
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
