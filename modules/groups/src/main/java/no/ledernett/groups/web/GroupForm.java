package no.ledernett.groups.web;

import no.ledernett.platform.NorwegianTime;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.ledernett.groups.GroupInput;
import no.ledernett.groups.GroupKind;
import no.ledernett.groups.GroupStatus;
import no.ledernett.groups.Groups;
import no.ledernett.groups.MeetingInterval;
import no.ledernett.groups.MeetingMethod;
import no.ledernett.groups.NetworkGroup;
import no.ledernett.matching.MeetingMode;
import no.ledernett.matching.SubjectAreaOption;
import no.ledernett.matching.SubjectAreas;
import no.ledernett.municipalities.EngagementView;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.web.FormMessages;
import org.omnifaces.util.Faces;

/** Create or change a network group's plan. */
@Named
@ViewScoped
public class GroupForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Groups groups;

    @Inject
    Engagements engagements;

    @Inject
    SubjectAreas subjectAreas;

    private Long id;
    private String municipality;
    private String name;
    private Long engagementId;
    private GroupKind kind = GroupKind.SUBJECT_SPECIFIC;
    private Long subjectAreaId;
    private boolean competenceRequired;
    private MeetingMethod method = MeetingMethod.PEER_COACHING;
    private Integer plannedMeetings = 8;
    private MeetingInterval interval = MeetingInterval.MONTHLY;
    private Integer meetingMinutes = 150;
    private LocalDate start = NorwegianTime.today().plusMonths(1).withDayOfMonth(1);
    private MeetingMode mode = MeetingMode.IN_PERSON;
    private String location;
    private GroupStatus status = GroupStatus.PLANNED;
    private String blackoutPeriods = no.ledernett.groups.BlackoutPeriod.text(no.ledernett.groups.BlackoutPeriod.DEFAULTS);
    private Long version;
    private List<EngagementView> engagementOptions;
    private List<SubjectAreaOption> areas;

    public void load() {
        areas = subjectAreas.options().stream().filter(SubjectAreaOption::active).toList();
        if (id != null && version == null) {
            try {
                NetworkGroup g = groups.get(id);
                municipality = g.getMunicipalityNumber();
                name = g.getName();
                engagementId = g.getEngagementId();
                kind = g.getKind();
                subjectAreaId = g.getSubjectAreaId();
                competenceRequired = g.isCompetenceRequired();
                method = g.getDefaultMethod();
                plannedMeetings = g.getPlannedMeetings();
                interval = g.getInterval();
                meetingMinutes = g.getMeetingMinutes();
                start = g.getStart();
                mode = g.getMode();
                location = g.getLocation();
                status = g.getStatus();
                blackoutPeriods = no.ledernett.groups.BlackoutPeriod.text(g.getBlackouts());
                version = g.getVersion();
            } catch (NotFoundException e) {
                Faces.responseSendError(404, "Group not found");
            }
        }
    }

    /** The municipality the engagement choice was last drawn for. */
    private String optionsFor;

    public List<EngagementView> getEngagementOptions() {
        if (engagementOptions == null) {
            engagementOptions = MunicipalityNumber.isWellFormed(municipality)
                    ? engagements.views(new MunicipalityNumber(municipality.trim())) : List.of();
        }
        return engagementOptions;
    }

    /**
     * The municipality field reports a pick and, when it is left, the same value again: only a new
     * municipality resets the engagement, so a choice made in between is not redrawn away.
     */
    public void municipalityChanged() {
        if (java.util.Objects.equals(municipality, optionsFor)) {
            return;
        }
        optionsFor = municipality;
        engagementOptions = null;
        engagementId = null;
        org.primefaces.PrimeFaces.current().ajax().update("form:engagementId");
    }

    public String save() {
        GroupInput input = new GroupInput(name, municipality, engagementId, kind == null ? null : kind.name(), subjectAreaId, competenceRequired,
                method == null ? null : method.name(), plannedMeetings, interval == null ? null : interval.name(), meetingMinutes,
                start == null ? null : start.toString(), mode == null ? null : mode.name(), location, status == null ? null : status.name(), version,
                blackoutPeriods == null ? "" : blackoutPeriods);
        long saved;
        try {
            saved = id == null ? groups.create(input).getId() : groups.update(id, input).getId();
        } catch (InvalidInputException e) {
            FormMessages.show("form", e);
            return null;
        } catch (ConflictException | NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
            return null;
        }
        FormMessages.flash("common.saved");
        return "/admin/groups/group?faces-redirect=true&id=" + saved;
    }

    public boolean isSubjectSpecific() {
        return kind == GroupKind.SUBJECT_SPECIFIC;
    }

    public GroupKind[] getKinds() {
        return GroupKind.values();
    }

    public MeetingMethod[] getMethods() {
        return MeetingMethod.values();
    }

    public MeetingInterval[] getIntervals() {
        return MeetingInterval.values();
    }

    public MeetingMode[] getModes() {
        return MeetingMode.values();
    }

    public GroupStatus[] getStatuses() {
        return GroupStatus.values();
    }

    public List<SubjectAreaOption> getAreas() {
        return areas;
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

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public void setEngagementId(Long engagementId) {
        this.engagementId = engagementId;
    }

    public GroupKind getKind() {
        return kind;
    }

    public void setKind(GroupKind kind) {
        this.kind = kind;
    }

    public Long getSubjectAreaId() {
        return subjectAreaId;
    }

    public void setSubjectAreaId(Long subjectAreaId) {
        this.subjectAreaId = subjectAreaId;
    }

    public boolean isCompetenceRequired() {
        return competenceRequired;
    }

    public void setCompetenceRequired(boolean competenceRequired) {
        this.competenceRequired = competenceRequired;
    }

    public MeetingMethod getMethod() {
        return method;
    }

    public void setMethod(MeetingMethod method) {
        this.method = method;
    }

    public Integer getPlannedMeetings() {
        return plannedMeetings;
    }

    public void setPlannedMeetings(Integer plannedMeetings) {
        this.plannedMeetings = plannedMeetings;
    }

    public MeetingInterval getInterval() {
        return interval;
    }

    public void setInterval(MeetingInterval interval) {
        this.interval = interval;
    }

    public Integer getMeetingMinutes() {
        return meetingMinutes;
    }

    public void setMeetingMinutes(Integer meetingMinutes) {
        this.meetingMinutes = meetingMinutes;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public MeetingMode getMode() {
        return mode;
    }

    public void setMode(MeetingMode mode) {
        this.mode = mode;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getBlackoutPeriods() {
        return blackoutPeriods;
    }

    public void setBlackoutPeriods(String blackoutPeriods) {
        this.blackoutPeriods = blackoutPeriods;
    }

    public GroupStatus getStatus() {
        return status;
    }

    public void setStatus(GroupStatus status) {
        this.status = status;
    }
}
