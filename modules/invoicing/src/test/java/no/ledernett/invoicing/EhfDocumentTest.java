package no.ledernett.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Invoices and credit notes as Ledernett writes them pass the official PEPPOL BIS Billing 3.0
 * rules (through phive), and a document with a deliberate mistake fails with that rule's id.
 */
class EhfDocumentTest {

    static final Seller SELLER = Seller.of("Ledernett AS", "912345602", true, "Storgata 1", "0155", "Oslo", "15031234503", "faktura@ledernett.no", 30);
    static final PeppolRules RULES = new PeppolRules();

    static Invoice approvedInvoice(VatTreatment vat) {
        Invoice invoice = new Invoice(null, 7, new Buyer("4601", "Bergen kommune", "964338531", "Ressursnr 4711 Hanne"), vat,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), List.of());
        invoice.add(LocalDate.of(2026, 11, 3), "Nettverksgruppe Helse 1, møte 2", new BigDecimal("3.50"), InvoiceLine.HOURS, new BigDecimal("1450.00"), "meeting:1");
        invoice.add(LocalDate.of(2026, 11, 17), "Individuell coaching", new BigDecimal("1.75"), InvoiceLine.HOURS, new BigDecimal("1450.00"), "coaching:2");
        invoice.approve(1001, LocalDate.of(2026, 12, 2), 30);
        return invoice;
    }

    @Test
    void an_invoice_at_the_standard_rate_passes_every_rule() {
        Invoice invoice = approvedInvoice(VatTreatment.STANDARD);
        String ehf = EhfDocument.of(invoice, SELLER);
        assertEquals(List.of(), RULES.errors(ehf, false), ehf);
        assertEquals(new BigDecimal("7612.50"), invoice.getNet());
        assertEquals(new BigDecimal("1903.13"), invoice.getVatAmount());
        assertTrue(ehf.contains("<cbc:BuyerReference>Ressursnr 4711 Hanne</cbc:BuyerReference>"), ehf);
        assertTrue(ehf.contains("<cbc:EndpointID schemeID=\"0192\">964338531</cbc:EndpointID>"), ehf);
    }

    @Test
    void an_exempt_invoice_passes_and_says_why_it_is_exempt() {
        String ehf = EhfDocument.of(approvedInvoice(VatTreatment.EXEMPT), SELLER);
        assertEquals(List.of(), RULES.errors(ehf, false), ehf);
        assertTrue(ehf.contains("TaxExemptionReason"), ehf);
    }

    @Test
    void a_credit_note_passes_and_names_the_invoice_it_cancels() {
        Invoice original = approvedInvoice(VatTreatment.STANDARD);
        Invoice note = Invoice.creditNoteFor(original, 1002, LocalDate.of(2026, 12, 5));
        String ehf = EhfDocument.of(note, SELLER);
        assertEquals(List.of(), RULES.errors(ehf, true), ehf);
        assertTrue(ehf.contains("<cac:InvoiceDocumentReference><cbc:ID>1001</cbc:ID>"), ehf);
        assertEquals(Invoice.Status.CREDITED, original.getStatus());
    }

    @Test
    void a_total_that_does_not_add_up_fails_with_the_rules_id() {
        String ehf = EhfDocument.of(approvedInvoice(VatTreatment.STANDARD), SELLER)
                .replace("<cbc:PayableAmount currencyID=\"NOK\">9515.63</cbc:PayableAmount>", "<cbc:PayableAmount currencyID=\"NOK\">9515.00</cbc:PayableAmount>");
        List<String> rules = RULES.errors(ehf, false).stream().map(PeppolRules.Failure::rule).toList();
        assertTrue(rules.contains("BR-CO-16"), "broken payable amount should break BR-CO-16: " + rules);
    }

    @Test
    void a_missing_buyer_reference_fails_with_peppols_rule() {
        String ehf = EhfDocument.of(approvedInvoice(VatTreatment.STANDARD), SELLER)
                .replace("<cbc:BuyerReference>Ressursnr 4711 Hanne</cbc:BuyerReference>", "");
        List<String> rules = RULES.errors(ehf, false).stream().map(PeppolRules.Failure::rule).toList();
        assertTrue(rules.contains("PEPPOL-EN16931-R003"), "no buyer reference should break PEPPOL-EN16931-R003: " + rules);
    }
}
