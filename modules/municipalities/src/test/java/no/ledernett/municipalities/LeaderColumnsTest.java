package no.ledernett.municipalities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import no.ledernett.municipalities.LeaderColumns.Field;
import org.junit.jupiter.api.Test;

class LeaderColumnsTest {

    @Test
    void guesses_columns_from_bokmal_headers() {
        LeaderColumns columns = LeaderColumns.guess(List.of("Ansattnr", "Navn", "E-post", "Stilling", "Sektor", "Enhet", "Rapporterer til"));
        assertEquals(1, columns.column(Field.NAME));
        assertEquals(2, columns.column(Field.EMAIL));
        assertEquals(3, columns.column(Field.TITLE));
        assertEquals(4, columns.column(Field.SECTOR));
        assertEquals(5, columns.column(Field.UNIT));
        assertEquals(6, columns.column(Field.REPORTS_TO));
        assertNull(columns.column(Field.PHONE));
        assertEquals(List.of(), columns.missing());
    }

    @Test
    void guesses_columns_from_nynorsk_and_english_headers_in_any_case() {
        LeaderColumns nynorsk = LeaderColumns.guess(List.of("NAMN", "Epost", "Eining", "Leiar"));
        assertEquals(0, nynorsk.column(Field.NAME));
        assertEquals(1, nynorsk.column(Field.EMAIL));
        assertEquals(2, nynorsk.column(Field.UNIT));
        assertEquals(3, nynorsk.column(Field.REPORTS_TO));
        LeaderColumns english = LeaderColumns.guess(List.of("E-mail", "Name", "Job title", "Manager"));
        assertEquals(0, english.column(Field.EMAIL));
        assertEquals(1, english.column(Field.NAME));
        assertEquals(2, english.column(Field.TITLE));
        assertEquals(3, english.column(Field.REPORTS_TO));
    }

    @Test
    void names_the_required_columns_it_could_not_find() {
        assertEquals(List.of(Field.NAME, Field.EMAIL), LeaderColumns.guess(List.of("Fornavn", "Etternavn")).missing());
    }

    @Test
    void turns_rows_into_entries_by_the_chosen_columns() {
        LeaderColumns columns = LeaderColumns.guess(List.of("Navn", "E-post", "Sektor"));
        columns.choose(Field.UNIT, 0);
        columns.choose(Field.SECTOR, null);
        List<LeaderSync.Entry> entries = columns.entries(List.of(List.of("Kari", "kari@x.no", "Skole"), List.of("Ola")));
        assertEquals(new LeaderSync.Entry("Kari", "kari@x.no", null, null, "Kari", null, null), entries.get(0));
        assertEquals(new LeaderSync.Entry("Ola", null, null, null, "Ola", null, null), entries.get(1));
    }
}
