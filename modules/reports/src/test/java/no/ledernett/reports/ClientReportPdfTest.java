package no.ledernett.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.ledernett.municipalities.BudgetUse;
import no.ledernett.municipalities.EngagementKind;
import no.ledernett.municipalities.EngagementView;
import no.ledernett.platform.Language;
import no.ledernett.sessions.EngagementActivity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The client report as a PDF/UA document in bokmål and in nynorsk, read back with PDFBox. */
class ClientReportPdfTest {

    static ClientReport report(Language language) {
        EngagementView engagement = new EngagementView(12, new EngagementView.MunicipalityRef("4601", "Bergen"), EngagementKind.NETWORK_GROUPS,
                "Lederløftet", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 12, 15), 320);
        Map<YearMonth, Double> hours = new TreeMap<>(Map.of(YearMonth.of(2026, 10), 7.0, YearMonth.of(2026, 11), 10.5));
        EngagementActivity.Figures figures = new EngagementActivity.Figures(List.of(
                new EngagementActivity.GroupFigures(1, "Rektornettverket", 2, 6, 1, 0.875, 2, 4.3, 12),
                new EngagementActivity.GroupFigures(2, "Lita gruppe", 1, 2, 0, null, null, null, null)), 3, 1, 0, hours, 17.5);
        return new ClientReport(engagement, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 11, 30), figures, new BudgetUse(320, 120.5),
                "Gruppene har kommet godt i gang.", 1L, language);
    }

    static String text(byte[] pdf, String lang) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfuaid"), "PDF/UA identification in the metadata: " + xmp);
            assertNotNull(document.getDocumentCatalog().getStructureTreeRoot(), "tagged");
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "marked content");
            assertEquals(lang, document.getDocumentCatalog().getLanguage());
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }

    @Test
    void in_bokmal_it_is_tagged_and_shows_figures_but_no_rate_for_a_small_group() throws Exception {
        String text = text(ClientReportPdf.of(report(Language.BOKMAL)), "nb");
        assertTrue(text.contains("Rapport: Nettverksgrupper for Bergen"), text);
        assertTrue(text.contains("Rektornettverket 2 6 1 88 % 2 4,3"), text);
        assertTrue(text.contains("Lita gruppe 1 2 0 – – –"), "too few present: no rates: " + text);
        assertTrue(text.contains("Timer brukt per måned"), text);
        assertTrue(text.contains("Brukt 120,5 av 320 timer"), text);
        assertTrue(text.contains("offentleglova"), "the report says it may be requested by anyone: " + text);
        assertTrue(text.contains("Gruppene har kommet godt i gang."), text);
        assertTrue(text.contains("Samtaler holdt: 3"), text);
    }

    @Test
    void in_nynorsk_it_is_written_in_nynorsk() throws Exception {
        String text = text(ClientReportPdf.of(report(Language.NYNORSK)), "nn");
        assertTrue(text.contains("Timar brukte per månad"), text);
        assertTrue(text.contains("Samtalar haldne: 3"), text);
        assertTrue(text.contains("krevje innsyn"), text);
        assertFalse(text.contains("Timer brukt"), "no bokmål left: " + text);
    }
}
