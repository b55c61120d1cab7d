package no.ledernett.municipalities.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.ledernett.municipalities.Contact;
import no.ledernett.municipalities.Contacts;
import no.ledernett.municipalities.Engagement;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.MunicipalityDirectory;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.municipalities.MunicipalitySummary;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.WrittenForm;
import org.omnifaces.util.Faces;

/** One municipality with its contacts and engagements. */
@Named
@ViewScoped
public class MunicipalityDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    Contacts contacts;

    @Inject
    Engagements engagements;

    @Inject
    no.ledernett.municipalities.WrittenForms writtenForms;

    @Inject
    no.ledernett.municipalities.OrganisationNumbers organisationNumbers;

    private String number;
    private MunicipalitySummary municipality;
    private List<Contact> contactList;
    private List<Engagement> engagementList;
    private java.util.Map<Long, no.ledernett.municipalities.BudgetUse> budgetUse = java.util.Map.of();
    private String writtenForm;
    private String organisationNumber;

    /** Runs as the view opens; an unknown number is a page that does not exist. */
    public void load() {
        if (!MunicipalityNumber.isWellFormed(number)) {
            Faces.responseSendError(404, "Municipality not found");
            return;
        }
        try {
            MunicipalityNumber parsed = new MunicipalityNumber(number.trim());
            municipality = directory.get(parsed);
            contactList = contacts.of(parsed);
            engagementList = engagements.of(parsed);
            budgetUse = engagements.budgetUse(engagementList);
            writtenForm = writtenForms.of(parsed).name();
            organisationNumber = organisationNumbers.of(parsed).map(no.ledernett.platform.OrganisationNumber::grouped).orElse(null);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Municipality not found");
        }
    }

    public void deleteContact(Contact contact) {
        try {
            contacts.delete(contact.getId(), contact.getVersion());
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.deleted");
        } catch (ConflictException | NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        }
        load();
    }

    public void deleteEngagement(Engagement engagement) {
        try {
            engagements.delete(engagement.getId(), engagement.getVersion());
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.deleted");
        } catch (ConflictException | NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        }
        load();
    }

    public void saveWrittenForm() {
        try {
            writtenForm = writtenForms.set(new MunicipalityNumber(municipality.number()), writtenForm).name();
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (no.ledernett.platform.InvalidInputException e) {
            FormMessages.show("language", e);
        }
    }

    /** Staff correct the buyer's organisation number that invoices will name. */
    public void saveOrganisationNumber() {
        try {
            organisationNumber = organisationNumbers.set(new MunicipalityNumber(municipality.number()), organisationNumber).grouped();
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (no.ledernett.platform.InvalidInputException e) {
            FormMessages.show("billing", e);
        }
    }

    public String getOrganisationNumber() {
        return organisationNumber;
    }

    public void setOrganisationNumber(String organisationNumber) {
        this.organisationNumber = organisationNumber;
    }

    public WrittenForm[] getWrittenForms() {
        return WrittenForm.values();
    }

    public String getWrittenForm() {
        return writtenForm;
    }

    public void setWrittenForm(String writtenForm) {
        this.writtenForm = writtenForm;
    }

    public no.ledernett.municipalities.BudgetUse use(Engagement engagement) {
        return budgetUse.getOrDefault(engagement.getId(), new no.ledernett.municipalities.BudgetUse(engagement.getHourBudget(), 0));
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public MunicipalitySummary getMunicipality() {
        return municipality;
    }

    public List<Contact> getContacts() {
        return contactList;
    }

    public List<Engagement> getEngagements() {
        return engagementList;
    }
}
