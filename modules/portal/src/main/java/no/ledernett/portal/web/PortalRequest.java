package no.ledernett.portal.web;

import no.ledernett.platform.NorwegianTime;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.ledernett.matching.SubjectAreaOption;
import no.ledernett.matching.SubjectAreas;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.portal.ServiceRequest;
import no.ledernett.portal.ServiceRequests;

/** A contact asks for a new network group or individual coaching; the request lands in the staff inbox. */
@Named
@ViewScoped
public class PortalRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceRequests requests;

    @Inject
    SubjectAreas subjectAreas;

    @Inject
    Viewer viewer;

    private String kind = ServiceRequest.Kind.NETWORK_GROUP.name();
    private Long subjectAreaId;
    /** Not ticked: a new request is cross-disciplinary until a subject is chosen, and only a subject asks for subject competence. */
    private boolean competenceWanted;
    private Integer participants = 8;
    private LocalDate start = NorwegianTime.today().plusMonths(2).withDayOfMonth(1);
    private LocalDate end = NorwegianTime.today().plusMonths(14).withDayOfMonth(1).minusDays(1);
    private String wishes;
    private boolean sent;

    public void send() {
        try {
            requests.submit(viewer, new ServiceRequests.Input(kind, subjectAreaId, competenceWanted, participants, text(start), text(end), wishes));
            sent = true;
            wishes = null;
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("request", e);
        }
    }

    /** Without a subject there is no subject competence to ask for (the box is shown only with a subject). */
    public void subjectChanged() {
        if (subjectAreaId == null) {
            competenceWanted = false;
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public List<ServiceRequest> getMine() {
        return requests.ofMunicipality(viewer);
    }

    public List<SubjectAreaOption> getAreas() {
        return subjectAreas.options().stream().filter(SubjectAreaOption::active).toList();
    }

    public ServiceRequest.Kind[] getKinds() {
        return ServiceRequest.Kind.values();
    }

    public boolean isSent() {
        return sent;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getSubjectAreaId() {
        return subjectAreaId;
    }

    public void setSubjectAreaId(Long subjectAreaId) {
        this.subjectAreaId = subjectAreaId;
    }

    public boolean isCompetenceWanted() {
        return competenceWanted;
    }

    public void setCompetenceWanted(boolean competenceWanted) {
        this.competenceWanted = competenceWanted;
    }

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
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

    public String getWishes() {
        return wishes;
    }

    public void setWishes(String wishes) {
        this.wishes = wishes;
    }
}
