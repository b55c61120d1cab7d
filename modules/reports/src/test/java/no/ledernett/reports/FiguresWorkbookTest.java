package no.ledernett.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.ledernett.matching.AdviserOption;
import no.ledernett.matching.Utilisation.AdviserLoad;
import no.ledernett.platform.Texts;
import no.ledernett.portal.RequestFigures;
import no.ledernett.sessions.ActivityTrends;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class FiguresWorkbookTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);

    static ManagementFigures.Figures figures() {
        ClientHours.Hours hours = ClientHours.of(List.of(new ClientHours.Engagement(1, "4601", "Bergen", LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 6, 30), 100, Map.of(JAN, 12.5))), JAN, JAN.plusMonths(1));
        Capacity capacity = Capacity.of(List.of(new AdviserLoad(1, "Hanne Lunde", "46", true, 20, List.of(10.0, 25.0))), JAN, 2, null, null);
        return new ManagementFigures.Figures(new FigureFilter(JAN, JAN.plusMonths(1), null, null), List.of(new AdviserOption(1, "Hanne Lunde")), hours,
                capacity, List.of(new ActivityTrends.Month(JAN, 2, 10, 8, 0.8, 6, 4.5), new ActivityTrends.Month(JAN.plusMonths(1), 1, 2, null, null, 1, null)),
                List.of(new RequestFigures.Month(JAN, 3, 2, 26.5, 48.0), new RequestFigures.Month(JAN.plusMonths(1), 0, 0, null, null)));
    }

    @Test
    void one_sheet_per_section_with_a_header_row_and_numbers_as_numbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FiguresWorkbook.write(figures(), Texts.BOKMAL, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("Timer", "Kapasitet", "Oppmøte og tilbakemelding", "Forespørsler"), sheets.stream().map(Sheet::getName).toList());
            List<Row> hours = sheets.get(0).read();
            assertEquals(List.of("Kommunenummer", "Kunde", "Måned", "Solgt", "Brukt", "Gjenstår"), texts(hours.get(0)));
            assertEquals(3, hours.size(), "a row per client and month with sold or used hours");
            assertEquals(List.of("4601", "Bergen", "2026-01"), texts(hours.get(1)).subList(0, 3));
            assertEquals(CellType.NUMBER, hours.get(1).getCell(3).getType());
            assertEquals(new BigDecimal("87.5"), hours.get(1).getCellAsNumber(5).orElseThrow().stripTrailingZeros());
            List<Row> capacity = sheets.get(1).read();
            assertEquals(3, capacity.size(), "a row per adviser and month");
            assertEquals(new BigDecimal("-5"), capacity.get(2).getCellAsNumber(5).orElseThrow().stripTrailingZeros());
            List<Row> attendance = sheets.get(2).read();
            assertEquals(new BigDecimal("0.8"), attendance.get(1).getCellAsNumber(4).orElseThrow().stripTrailingZeros());
            assertTrue(attendance.get(2).getOptionalCell(4).map(c -> c.getType() == CellType.EMPTY).orElse(true), "a hidden rate is an empty cell");
            List<Row> requests = sheets.get(3).read();
            assertEquals(List.of("Måned", "Mottatt", "Behandlet", "Åpne", "Timer til behandling, snitt", "Timer til behandling, lengste"),
                    texts(requests.get(0)));
            assertEquals(new BigDecimal("26.5"), requests.get(1).getCellAsNumber(4).orElseThrow().stripTrailingZeros());
        }
    }

    @Test
    void headers_in_the_reader_s_language() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FiguresWorkbook.write(figures(), java.util.Locale.ENGLISH, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals("Hours,Capacity,Attendance and feedback,Requests", workbook.getSheets().map(Sheet::getName).collect(Collectors.joining(",")));
        }
    }

    @Test
    void text_that_would_start_a_formula_is_written_with_a_leading_quote() throws Exception {
        String evil = "=HYPERLINK(\"http://evil.example\",\"klikk\")";
        Capacity capacity = Capacity.of(List.of(new AdviserLoad(1, evil, "@46", true, 20, List.of(10.0, 25.0))), JAN, 2, null, null);
        ManagementFigures.Figures f = figures();
        ClientHours.Hours hours = ClientHours.of(List.of(new ClientHours.Engagement(1, "4601", "-Bergen+", LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 6, 30), 100, Map.of(JAN, 12.5))), JAN, JAN.plusMonths(1));
        ManagementFigures.Figures figures = new ManagementFigures.Figures(f.filter(), f.advisers(), hours, capacity, f.attendance(), f.requests());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FiguresWorkbook.write(figures, Texts.BOKMAL, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals("'-Bergen+", sheets.get(0).read().get(1).getCellText(1));
            Row adviser = sheets.get(1).read().get(1);
            assertEquals("'" + evil, adviser.getCellText(0));
            assertEquals("'@46", adviser.getCellText(1));
            assertEquals(CellType.STRING, adviser.getCell(0).getType(), "text, never a formula");
        }
    }

    private static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? null : c.getText()).toList();
    }
}
