package no.ledernett.municipalities.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.ledernett.municipalities.Engagement;
import no.ledernett.municipalities.EngagementInput;
import no.ledernett.municipalities.EngagementKind;
import no.ledernett.municipalities.EngagementStatus;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.MunicipalityDirectory;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.municipalities.MunicipalitySummary;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import org.omnifaces.util.Faces;

/** Create or change one engagement. */
@Named
@ViewScoped
public class EngagementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Engagements engagements;

    @Inject
    MunicipalityDirectory directory;

    private Long id;
    private String municipalityNumber;
    private MunicipalitySummary municipality;
    private EngagementKind kind = EngagementKind.NETWORK_GROUPS;
    private String programme;
    private LocalDate start;
    private LocalDate end;
    private Integer hourBudget;
    private EngagementStatus status = EngagementStatus.DRAFT;
    private String notes;
    private Long version;
    private List<String> programmes = List.of();

    public void load() {
        try {
            if (id != null) {
                Engagement e = engagements.get(id);
                municipalityNumber = e.getMunicipality().getNumber();
                kind = e.getKind();
                programme = e.getProgrammeName();
                start = e.getStart();
                end = e.getEnd();
                hourBudget = e.getHourBudget();
                status = e.getStatus();
                notes = e.getNotes();
                version = e.getVersion();
            } else if (start == null) {
                // A new engagement most often runs for the rest of the year.
                start = LocalDate.now();
                end = LocalDate.now().withMonth(12).withDayOfMonth(31);
            }
            if (!MunicipalityNumber.isWellFormed(municipalityNumber)) {
                Faces.responseSendError(404, "Municipality not found");
                return;
            }
            MunicipalityNumber number = new MunicipalityNumber(municipalityNumber);
            municipality = directory.get(number);
            programmes = engagements.programmeNames(number);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public String save() {
        EngagementInput input = new EngagementInput(municipalityNumber, kind == null ? null : kind.name(), programme,
                start == null ? null : start.toString(), end == null ? null : end.toString(), hourBudget,
                status == null ? null : status.name(), notes, version);
        try {
            if (id == null) {
                engagements.create(input);
            } else {
                engagements.update(id, input);
            }
        } catch (InvalidInputException e) {
            FormMessages.show("form", e);
            return null;
        } catch (ConflictException | NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
            return null;
        }
        FormMessages.flash("common.saved");
        return "/admin/municipalities/municipality?faces-redirect=true&number=" + municipalityNumber;
    }

    public List<String> completeProgramme(String query) {
        String q = query == null ? "" : query.toLowerCase();
        return programmes.stream().filter(p -> p.toLowerCase().contains(q)).toList();
    }

    public EngagementKind[] getKinds() {
        return EngagementKind.values();
    }

    public EngagementStatus[] getStatuses() {
        return EngagementStatus.values();
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

    public String getMunicipalityNumber() {
        return municipalityNumber;
    }

    public void setMunicipalityNumber(String municipalityNumber) {
        this.municipalityNumber = municipalityNumber;
    }

    public MunicipalitySummary getMunicipality() {
        return municipality;
    }

    public EngagementKind getKind() {
        return kind;
    }

    public void setKind(EngagementKind kind) {
        this.kind = kind;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
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

    public Integer getHourBudget() {
        return hourBudget;
    }

    public void setHourBudget(Integer hourBudget) {
        this.hourBudget = hourBudget;
    }

    public EngagementStatus getStatus() {
        return status;
    }

    public void setStatus(EngagementStatus status) {
        this.status = status;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
