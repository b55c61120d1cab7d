package no.ledernett.municipalities.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.ledernett.municipalities.LeaderInput;
import no.ledernett.municipalities.LeaderRow;
import no.ledernett.municipalities.Leaders;
import no.ledernett.municipalities.MunicipalityDirectory;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.municipalities.MunicipalitySummary;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Sectors;
import no.ledernett.platform.web.FormMessages;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The leaders of one municipality: search, paging, register, delete. */
@Named
@ViewScoped
public class LeaderList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Leaders leaders;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    Sectors sectors;

    private String municipality;
    private MunicipalitySummary summary;
    private String text;
    private Map<Long, String> sectorNames = Map.of();
    private List<Sectors.Sector> areas = List.of();
    private String newName;
    private String newEmail;
    private String newPosition;
    private Long newSector;
    private String newUnit;
    /** Not kept in the session (Payara stores it after every request): the page is read again on every render. */
    private transient Rows rows;

    public void load() {
        List<Sectors.Sector> all = sectors.all();
        areas = all.stream().filter(Sectors.Sector::active).toList();
        sectorNames = all.stream().collect(Collectors.toMap(Sectors.Sector::id, Sectors.Sector::name));
        summary = directory.getOrNull(municipality);
    }

    /** Opens the chosen municipality's leaders at an address of their own (bookmarkable, and back works). */
    public void show() {
        if (MunicipalityNumber.isWellFormed(municipality)) {
            Faces.redirect(Faces.getRequestContextPath() + "/admin/municipalities/leaders.xhtml?municipality=%s", municipality.trim());
        }
    }

    /** Pages in the database. */
    public class Rows extends LazyDataModel<LeaderRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return summary == null ? 0 : (int) leaders.search(new MunicipalityNumber(summary.number()), text, PageRequest.of(0, 1)).total();
        }

        @Override
        public List<LeaderRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return summary == null ? List.of()
                    : leaders.search(new MunicipalityNumber(summary.number()), text, new PageRequest(first / pageSize, pageSize)).items().stream()
                            .map(LeaderRow::of).toList();
        }

        @Override
        public String getRowKey(LeaderRow row) {
            return String.valueOf(row.getId());
        }
    }

    public void create() {
        try {
            leaders.create(new LeaderInput(summary.number(), newName, newEmail, null, newPosition, newSector, newUnit, null, null));
            newName = null;
            newEmail = null;
            newPosition = null;
            newUnit = null;
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("newLeader", e);
        }
    }

    public void delete(LeaderRow leader) {
        try {
            leaders.delete(leader.id());
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.deleted");
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        }
    }

    public String sector(Long id) {
        return id == null ? null : sectorNames.get(id);
    }

    public Rows getRows() {
        if (rows == null) {
            rows = new Rows();
        }
        return rows;
    }

    public MunicipalitySummary getSummary() {
        return summary;
    }

    public List<Sectors.Sector> getAreas() {
        return areas;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getNewPosition() {
        return newPosition;
    }

    public void setNewPosition(String newPosition) {
        this.newPosition = newPosition;
    }

    public Long getNewSector() {
        return newSector;
    }

    public void setNewSector(Long newSector) {
        this.newSector = newSector;
    }

    public String getNewUnit() {
        return newUnit;
    }

    public void setNewUnit(String newUnit) {
        this.newUnit = newUnit;
    }
}
