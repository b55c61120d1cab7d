package no.ledernett.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The invoice as people read it: a tagged PDF/UA document in bokmål with every line and the totals. */
class InvoicePdfTest {

    @Test
    void an_invoice_is_a_tagged_pdf_ua_document_with_its_lines_and_totals() throws Exception {
        Invoice invoice = new Invoice(null, 7, new Buyer("4601", "Bergen kommune <script>", "964338531", "4711 Ingrid"), VatTreatment.STANDARD,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), List.of());
        invoice.add(LocalDate.of(2026, 11, 3), "Nettverksgruppe Helse 1, møte 2", new BigDecimal("3.50"), InvoiceLine.HOURS, new BigDecimal("1450.00"), "meeting:1");
        invoice.approve(1001, LocalDate.of(2026, 12, 2), 30);
        byte[] pdf = InvoicePdf.of(invoice, EhfDocumentTest.SELLER);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfuaid") && xmp.contains("<pdfuaid:part>1</pdfuaid:part>") || xmp.contains("pdfuaid:part=\"1\""), xmp);
            assertNotNull(document.getDocumentCatalog().getStructureTreeRoot(), "tagged");
            assertEquals("nb", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\u202f', ' ');
            assertTrue(text.contains("Faktura 1001 fra Ledernett AS"), text);
            assertTrue(text.contains("Bergen kommune <script>"), "a name is text, not markup: " + text);
            assertTrue(text.contains("Nettverksgruppe Helse 1, møte 2"), text);
            assertTrue(text.contains("6 343,75 kr"), "the total with VAT: " + text);
            assertTrue(text.contains("4711 Ingrid"), text);
        }
    }
}
