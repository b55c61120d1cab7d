package no.ledernett.portal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.ledernett.municipalities.LeaderDetails;
import no.ledernett.municipalities.LeaderInput;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.portal.ContactPortal;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A contact's leaders: search, register a new one, correct one. Always their own municipality. */
@Named
@ViewScoped
public class PortalLeaders implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactPortal contacts;

    @Inject
    Viewer viewer;

    private String text;
    /** Not kept in the session (Payara stores it after every request): the page is read again on every render. */
    private transient Rows rows;
    private Long editing;
    private Long version;
    private String name;
    private String email;
    private String phone;
    private String positionTitle;
    private String unit;

    public class Rows extends LazyDataModel<LeaderDetails> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) contacts.leaders(viewer, text, PageRequest.of(0, 1)).total();
        }

        @Override
        public List<LeaderDetails> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return contacts.leaders(viewer, text, new PageRequest(first / pageSize, pageSize)).items();
        }

        @Override
        public String getRowKey(LeaderDetails row) {
            return String.valueOf(row.id());
        }
    }

    public void edit(long id) {
        try {
            LeaderDetails l = contacts.leader(viewer, id);
            editing = l.id();
            version = l.version();
            name = l.name();
            email = l.email();
            phone = l.phone();
            positionTitle = l.positionTitle();
            unit = l.unit();
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        }
    }

    public void clear() {
        editing = null;
        version = null;
        name = null;
        email = null;
        phone = null;
        positionTitle = null;
        unit = null;
    }

    public void save() {
        LeaderInput input = new LeaderInput(null, name, email, phone, positionTitle, null, unit, null, version);
        try {
            if (editing == null) {
                contacts.register(viewer, input);
            } else {
                contacts.update(viewer, editing, input);
            }
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
            clear();
        } catch (InvalidInputException e) {
            FormMessages.show("leader", e);
        } catch (ConflictException | NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        }
    }

    public Rows getRows() {
        if (rows == null) {
            rows = new Rows();
        }
        return rows;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public void setPositionTitle(String positionTitle) {
        this.positionTitle = positionTitle;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }
}
