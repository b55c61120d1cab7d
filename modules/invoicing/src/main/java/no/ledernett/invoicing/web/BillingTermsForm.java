package no.ledernett.invoicing.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;
import no.ledernett.invoicing.Billing;
import no.ledernett.invoicing.BillingTermsInput;
import no.ledernett.invoicing.BillingTermsView;
import no.ledernett.invoicing.PriceModel;
import no.ledernett.invoicing.VatTreatment;
import no.ledernett.municipalities.EngagementView;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.municipalities.OrganisationNumbers;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.OrganisationNumber;
import no.ledernett.platform.PreconditionRequiredException;
import no.ledernett.platform.web.FormMessages;
import org.omnifaces.util.Faces;

/**
 * An engagement's billing terms. Amounts stay text, as typed, so {@link Billing} reports a wrong
 * one on its field in the user's language rather than Faces with a converter's message.
 */
@Named
@ViewScoped
public class BillingTermsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Billing billing;

    @Inject
    Engagements engagements;

    @Inject
    OrganisationNumbers organisationNumbers;

    private Long engagementId;
    private EngagementView engagement;
    /** The municipality's own organisation number, grouped, or null when none is registered. */
    private String municipalityOrganisationNumber;
    private PriceModel priceModel = PriceModel.HOURLY;
    private String hourlyRate;
    private String monthlyPrice;
    private String priceCovers;
    private String buyerReference;
    private String buyerOrganisationNumber;
    private VatTreatment vat = VatTreatment.STANDARD;
    /** The version the form was filled from; null while the engagement has no terms. */
    private Long version;

    public void load() {
        try {
            engagement = engagements.view(engagementId == null ? -1 : engagementId);
            Optional<BillingTermsView> terms = billing.terms(engagement.id());
            terms.ifPresent(this::fill);
            municipalityOrganisationNumber = organisationNumbers.of(new MunicipalityNumber(engagement.municipality().number()))
                    .map(OrganisationNumber::grouped).orElse(null);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Engagement not found");
        }
    }

    private void fill(BillingTermsView t) {
        priceModel = t.priceModel();
        hourlyRate = amount(t.hourlyRate());
        monthlyPrice = amount(t.monthlyPrice());
        priceCovers = t.priceCovers();
        buyerReference = t.buyerReference();
        buyerOrganisationNumber = t.buyerOrganisationNumber();
        vat = t.vat();
        version = t.version();
    }

    /**
     * "1 450,00", or "1450.00" on an English screen: both are what {@link BillingTermsInput} reads back
     * as typed, where "1,450.00" would not be.
     */
    private String amount(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return english() ? value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() : InvoiceRunPage.format(value).replace("\u00a0kr", "");
    }

    private static boolean english() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null && "en".equals(faces.getViewRoot().getLocale().getLanguage());
    }

    public String save() {
        BillingTermsInput input = new BillingTermsInput(priceModel == null ? null : priceModel.name(), hourlyRate, monthlyPrice, priceCovers,
                buyerReference, buyerOrganisationNumber, vat == null ? null : vat.name(), version);
        try {
            billing.set(engagement.id(), input);
        } catch (InvalidInputException e) {
            FormMessages.show("form", e);
            return null;
        } catch (ConflictException | PreconditionRequiredException | NotFoundException e) {
            // Someone else set the terms since the page was opened (the first time too).
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
            return null;
        }
        FormMessages.flash("common.saved");
        return "/admin/invoicing/terms?faces-redirect=true&engagementId=" + engagement.id();
    }

    public boolean isHourly() {
        return priceModel != PriceModel.FIXED;
    }

    public boolean isNew() {
        return version == null;
    }

    public PriceModel[] getPriceModels() {
        return PriceModel.values();
    }

    public VatTreatment[] getVatTreatments() {
        return VatTreatment.values();
    }

    public EngagementView getEngagement() {
        return engagement;
    }

    public String getMunicipalityOrganisationNumber() {
        return municipalityOrganisationNumber;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public void setEngagementId(Long engagementId) {
        this.engagementId = engagementId;
    }

    public PriceModel getPriceModel() {
        return priceModel;
    }

    public void setPriceModel(PriceModel priceModel) {
        this.priceModel = priceModel;
    }

    public String getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(String hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public String getMonthlyPrice() {
        return monthlyPrice;
    }

    public void setMonthlyPrice(String monthlyPrice) {
        this.monthlyPrice = monthlyPrice;
    }

    public String getPriceCovers() {
        return priceCovers;
    }

    public void setPriceCovers(String priceCovers) {
        this.priceCovers = priceCovers;
    }

    public String getBuyerReference() {
        return buyerReference;
    }

    public void setBuyerReference(String buyerReference) {
        this.buyerReference = buyerReference;
    }

    public String getBuyerOrganisationNumber() {
        return buyerOrganisationNumber;
    }

    public void setBuyerOrganisationNumber(String buyerOrganisationNumber) {
        this.buyerOrganisationNumber = buyerOrganisationNumber;
    }

    public VatTreatment getVat() {
        return vat;
    }

    public void setVat(VatTreatment vat) {
        this.vat = vat;
    }
}
