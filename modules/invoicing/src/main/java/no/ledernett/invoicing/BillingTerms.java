package no.ledernett.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;

/** What an engagement costs and whom to bill: price model, buyer's reference and organisation number, VAT. */
@Entity
@Table(name = "billing_terms")
public class BillingTerms implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "engagement_id")
    private Long engagementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_model")
    private PriceModel priceModel;

    @Column(name = "hourly_rate")
    private BigDecimal hourlyRate;

    @Column(name = "monthly_price")
    private BigDecimal monthlyPrice;

    @Column(name = "price_covers")
    private String priceCovers;

    @Column(name = "buyer_reference")
    private String buyerReference;

    /** Empty when the municipality's own number is the buyer, as it nearly always is. */
    @Column(name = "buyer_organisation_number")
    private String buyerOrganisationNumber;

    @Enumerated(EnumType.STRING)
    private VatTreatment vat;

    @Version
    private long version;

    protected BillingTerms() {
    }

    BillingTerms(long engagementId) {
        this.engagementId = engagementId;
    }

    void apply(BillingTermsInput.Checked input) {
        this.priceModel = input.priceModel();
        this.hourlyRate = input.hourlyRate();
        this.monthlyPrice = input.monthlyPrice();
        this.priceCovers = input.priceCovers();
        this.buyerReference = input.buyerReference();
        this.buyerOrganisationNumber = input.buyerOrganisationNumber() == null ? null : input.buyerOrganisationNumber().value();
        this.vat = input.vat();
    }

    BillingTermsView view() {
        return new BillingTermsView(engagementId, priceModel, hourlyRate, monthlyPrice, priceCovers, buyerReference, buyerOrganisationNumber, vat, version);
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public long getVersion() {
        return version;
    }
}
