package no.ledernett.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An approved invoice or credit note as its buyer sees it in a list: what it is, for which period,
 * what it comes to and whether a credit note has since cancelled it. The lines stay with the PDF
 * and the EHF document, so a list of a year's invoices is one query.
 *
 * @param credits the number of the invoice a credit note cancels; {@code null} on an invoice
 */
public record IssuedInvoice(long id, Invoice.Kind kind, Invoice.Status status, long number, long engagementId, String municipalityNumber,
                            String buyerReference, LocalDate issueDate, LocalDate dueDate, LocalDate periodStart, LocalDate periodEnd,
                            BigDecimal net, BigDecimal vatAmount, BigDecimal total, Long credits) {

    public boolean creditNote() {
        return kind == Invoice.Kind.CREDIT_NOTE;
    }

    public boolean cancelled() {
        return status == Invoice.Status.CREDITED;
    }
}
