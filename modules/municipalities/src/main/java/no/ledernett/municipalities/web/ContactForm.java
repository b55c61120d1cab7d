package no.ledernett.municipalities.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.ledernett.municipalities.Contact;
import no.ledernett.municipalities.ContactInput;
import no.ledernett.municipalities.Contacts;
import no.ledernett.municipalities.MunicipalityDirectory;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.municipalities.MunicipalitySummary;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import org.omnifaces.util.Faces;

/** Create or change one contact person. */
@Named
@ViewScoped
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Contacts contacts;

    @Inject
    MunicipalityDirectory directory;

    private Long id;
    private String municipalityNumber;
    private MunicipalitySummary municipality;
    private String name;
    private String jobTitle;
    private String email;
    private String phone;
    private Long version;

    public void load() {
        try {
            if (id != null) {
                Contact c = contacts.get(id);
                municipalityNumber = c.getMunicipality().getNumber();
                name = c.getName();
                jobTitle = c.getJobTitle();
                email = c.getEmail();
                phone = c.getPhone();
                version = c.getVersion();
            }
            if (!MunicipalityNumber.isWellFormed(municipalityNumber)) {
                Faces.responseSendError(404, "Municipality not found");
                return;
            }
            municipality = directory.get(new MunicipalityNumber(municipalityNumber));
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public String save() {
        ContactInput input = new ContactInput(municipalityNumber, name, jobTitle, email, phone, version);
        try {
            if (id == null) {
                contacts.create(input);
            } else {
                contacts.update(id, input);
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
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
}
