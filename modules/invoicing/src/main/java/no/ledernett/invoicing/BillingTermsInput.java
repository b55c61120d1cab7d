package no.ledernett.invoicing;

import java.io.Serializable;
import java.math.BigDecimal;
import no.ledernett.platform.OrganisationNumber;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Violation;

/**
 * What a form or API client sends to set an engagement's billing terms. Amounts arrive as text
 * ("1 250,50" from a Norwegian keyboard as well as 1250.5) so a wrong one is reported on its field.
 */
public record BillingTermsInput(String priceModel, String hourlyRate, String monthlyPrice, String priceCovers, String buyerReference,
                                String buyerOrganisationNumber, String vat, Long version) implements Serializable {

    static final BigDecimal MAX_RATE = new BigDecimal("100000");
    static final BigDecimal MAX_MONTHLY = new BigDecimal("10000000");

    public BillingTermsInput withVersion(Long version) {
        return new BillingTermsInput(priceModel, hourlyRate, monthlyPrice, priceCovers, buyerReference, buyerOrganisationNumber, vat, version);
    }

    record Checked(PriceModel priceModel, BigDecimal hourlyRate, BigDecimal monthlyPrice, String priceCovers, String buyerReference,
                   OrganisationNumber buyerOrganisationNumber, VatTreatment vat) {
    }

    Checked check() {
        Rules rules = new Rules();
        PriceModel model = rules.oneOf("priceModel", priceModel, PriceModel.class, InvoicingTexts.RULES, "priceModel", null);
        rules.required("priceModel", priceModel);
        VatTreatment treatment = rules.oneOf("vat", vat, VatTreatment.class, InvoicingTexts.RULES, "vat", VatTreatment.STANDARD);
        BigDecimal rate = null;
        BigDecimal monthly = null;
        if (model == PriceModel.HOURLY) {
            rate = amount(rules, "hourlyRate", hourlyRate, MAX_RATE);
        } else if (model == PriceModel.FIXED) {
            monthly = amount(rules, "monthlyPrice", monthlyPrice, MAX_MONTHLY);
            rules.required("priceCovers", priceCovers);
        }
        rules.required("buyerReference", buyerReference).maxLength("buyerReference", trimmed(buyerReference), 100)
                .maxLength("priceCovers", trimmed(priceCovers), 500);
        OrganisationNumber buyer = rules.organisationNumber("buyerOrganisationNumber", buyerOrganisationNumber);
        rules.check();
        return new Checked(model, rate, monthly, model == PriceModel.FIXED ? trimmed(priceCovers) : null, trimmed(buyerReference), buyer, treatment);
    }

    /** A price in kroner with at most two decimals, more than zero: an invoice line at 0 kr is never what was meant. */
    static BigDecimal amount(Rules rules, String field, String typed, BigDecimal max) {
        rules.required(field, typed);
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String normal = typed.replaceAll("[\\s\\u00a0]", "").replace(',', '.');
        if (normal.endsWith("kr")) {
            normal = normal.substring(0, normal.length() - 2);
        }
        try {
            BigDecimal value = new BigDecimal(normal);
            if (value.scale() > 2) {
                rules.add(Violation.of(InvoicingTexts.RULES, field, "amount.decimals"));
            } else if (value.signum() <= 0 || value.compareTo(max) > 0) {
                rules.add(Violation.of(InvoicingTexts.RULES, field, "amount.range", max.toPlainString()));
            } else {
                return value.setScale(2);
            }
        } catch (NumberFormatException e) {
            rules.add(Violation.of(InvoicingTexts.RULES, field, "amount"));
        }
        return null;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
