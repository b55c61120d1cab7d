package no.ledernett.invoicing;

import java.math.BigDecimal;

/**
 * The VAT an engagement's invoices carry. Coaching and advice are taxable at the standard rate;
 * courses that count as education are exempt (merverdiavgiftsloven § 3-5), and the invoice must
 * then say why. The codes are EN 16931's VAT category codes (UNCL5305).
 */
public enum VatTreatment {
    STANDARD("S", new BigDecimal("25")),
    EXEMPT("E", BigDecimal.ZERO);

    private final String category;
    private final BigDecimal percent;

    VatTreatment(String category, BigDecimal percent) {
        this.category = category;
        this.percent = percent;
    }

    public String category() {
        return category;
    }

    public BigDecimal percent() {
        return percent;
    }
}
