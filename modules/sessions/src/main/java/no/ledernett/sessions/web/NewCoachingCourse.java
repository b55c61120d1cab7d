package no.ledernett.sessions.web;

import no.ledernett.platform.NorwegianTime;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.ledernett.municipalities.EngagementView;
import no.ledernett.municipalities.EngagementKind;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.LeaderRow;
import no.ledernett.municipalities.Leaders;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.sessions.Coaching;

/**
 * Starts an individual coaching course on the course page (no id yet): the municipality, then its
 * leader and an engagement that bought coaching, and an adviser ranked for the course's period and
 * hours.
 */
@Named
@ViewScoped
public class NewCoachingCourse implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Coaching coaching;

    @Inject
    Leaders leaders;

    @Inject
    Engagements engagements;

    @Inject
    Viewer viewer;

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

    public String create() {
        return FormMessages.attemptToGet("course", "common.gone", () -> coaching.create(viewer,
                        new Coaching.CourseInput(leaderId, adviserId, engagementId, Objects.toString(start, null), Objects.toString(end, null), hoursPerMonth)))
                .map(created -> "/admin/coaching/course?faces-redirect=true&id=" + created.getId()).orElse(null);
    }

    /** The municipality the leader and engagement choices were last drawn for. */
    private String optionsFor;

    /** Only a new municipality resets the choices (the field reports a pick and, when left, the same value again). */
    public void municipalityChanged() {
        if (Objects.equals(municipality, optionsFor)) {
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
}
