package no.ledernett.invoicing;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An engagement's billing terms as pages and the API show them.
 *
 * @param buyerOrganisationNumber the number given for this engagement; empty when the municipality's own is used
 */
public record BillingTermsView(long engagementId, PriceModel priceModel, BigDecimal hourlyRate, BigDecimal monthlyPrice, String priceCovers,
                               String buyerReference, String buyerOrganisationNumber, VatTreatment vat, long version) implements Serializable {

    /** The price an invoice line charges: the hourly rate, or the monthly price. */
    public BigDecimal price() {
        return priceModel == PriceModel.HOURLY ? hourlyRate : monthlyPrice;
    }
}
