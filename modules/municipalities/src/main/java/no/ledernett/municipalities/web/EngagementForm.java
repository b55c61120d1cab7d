package no.ledernett.municipalities.web;

import no.ledernett.platform.NorwegianTime;
import jakarta.enterprise.inject.Instance;
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
import no.ledernett.municipalities.EngagementRequests;
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

    /** The portal's requests, when it is deployed; read on the first request only, so not kept in the session. */
    @Inject
    transient Instance<EngagementRequests> requests;

    private Long id;
    /** The request this new engagement answers ("Lag avtale" in the inbox), or null. */
    private Long request;
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
    /** True when the page was opened without a municipality, so the form has a field to choose one. */
    private boolean choosingMunicipality;

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
            } else if (request != null) {
                fromRequest();
            }
            if (id == null && start == null) {
                // A new engagement most often runs for the rest of the year.
                start = NorwegianTime.today();
                end = NorwegianTime.today().withMonth(12).withDayOfMonth(31);
            }
            if (id == null && municipalityNumber == null) {
                // Started from the list of municipalities: the form asks which one, by name.
                choosingMunicipality = true;
                return;
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

    /** Fills the form in from the request; a request that does not exist leaves it as a new, empty one. */
    private void fromRequest() {
        for (EngagementRequests source : requests) {
            source.draft(request, Faces.getLocale()).ifPresent(draft -> {
                municipalityNumber = draft.municipality();
                kind = EngagementKind.valueOf(draft.kind());
                start = LocalDate.parse(draft.start());
                end = LocalDate.parse(draft.end());
                hourBudget = draft.hourBudget();
                notes = draft.notes();
            });
        }
    }

    public String save() {
        EngagementInput input = new EngagementInput(municipalityNumber, kind == null ? null : kind.name(), programme,
                start == null ? null : start.toString(), end == null ? null : end.toString(), hourBudget,
                status == null ? null : status.name(), notes, version);
        try {
            if (id == null) {
                long created = engagements.create(input).getId();
                if (request != null) {
                    for (EngagementRequests source : requests == null ? List.<EngagementRequests>of() : requests) {
                        source.engaged(request, created);
                    }
                }
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

    public boolean isChoosingMunicipality() {
        return choosingMunicipality;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getRequest() {
        return request;
    }

    public void setRequest(Long request) {
        this.request = request;
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
