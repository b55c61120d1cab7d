package no.ledernett.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvCellTest {

    @Test
    void a_cell_that_would_start_a_formula_gets_a_single_quote_and_is_quoted() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klikk\"\")\"", CsvCell.text("=HYPERLINK(\"http://evil.example\",\"klikk\")"));
        assertEquals("\"'+47 400 00 000\"", CsvCell.text("+47 400 00 000"));
        assertEquals("\"'-2+3\"", CsvCell.text("-2+3"));
        assertEquals("\"'@SUM(A1:A2)\"", CsvCell.text("@SUM(A1:A2)"));
        assertEquals("\"'\t=1+1\"", CsvCell.text("\t=1+1"));
        assertEquals("\"'\r=1+1\"", CsvCell.text("\r=1+1"));
        assertEquals("\"'\n=1+1\"", CsvCell.text("\n=1+1"));
        assertEquals("\"'\uFF1D1+1\"", CsvCell.text("\uFF1D1+1"));
    }

    @Test
    void ordinary_text_is_only_quoted() {
        assertEquals("\"Timer, møte 2\"", CsvCell.text("Timer, møte 2"));
        assertEquals("\"a;b \"\"c\"\" = d\"", CsvCell.text("a;b \"c\" = d"), "a formula sign later in the cell is harmless");
        assertEquals("\"'\"", CsvCell.text("'"));
        assertEquals("", CsvCell.text(null));
        assertEquals("", CsvCell.text(""));
    }

    @Test
    void a_workbook_cell_gets_the_same_quote_without_the_csv_quoting() {
        assertEquals("'=HYPERLINK(\"http://evil.example\")", CsvCell.neutralised("=HYPERLINK(\"http://evil.example\")"));
        assertEquals("'@SUM(A1)", CsvCell.neutralised("@SUM(A1)"));
        assertEquals("Bergen", CsvCell.neutralised("Bergen"));
        assertEquals("a = b", CsvCell.neutralised("a = b"));
        assertEquals(null, CsvCell.neutralised(null));
    }
}
