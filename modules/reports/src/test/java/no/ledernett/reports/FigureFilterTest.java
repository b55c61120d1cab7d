package no.ledernett.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Violation;
import org.junit.jupiter.api.Test;

class FigureFilterTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);

    @Test
    void without_a_period_the_last_twelve_months_up_to_this_one() {
        assertEquals(new FigureFilter(YearMonth.of(2026, 1), NOW, null, null), FigureFilter.of(null, " ", "", null, NOW));
    }

    @Test
    void one_end_given_takes_twelve_months_from_or_to_it_but_never_past_this_month() {
        assertEquals(new FigureFilter(YearMonth.of(2025, 3), YearMonth.of(2026, 2), null, null), FigureFilter.of("2025-03", null, null, null, NOW));
        assertEquals(new FigureFilter(YearMonth.of(2026, 6), NOW, null, null), FigureFilter.of("2026-06", null, null, null, NOW));
        assertEquals(new FigureFilter(YearMonth.of(2024, 7), YearMonth.of(2025, 6), "46", 7L), FigureFilter.of(null, "2025-06", "46", " 7 ", NOW));
    }

    @Test
    void every_bad_part_is_refused_with_its_field() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FigureFilter.of("2026-13", "juni", "99", "Hanne", NOW));
        assertEquals(List.of("from", "to", "county", "adviser"), e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void a_period_the_wrong_way_round_or_longer_than_three_years_is_refused() {
        assertEquals("months.order", assertThrows(InvalidInputException.class, () -> FigureFilter.of("2026-05", "2026-04", null, null, NOW))
                .violations().get(0).rule());
        assertEquals("months.length", assertThrows(InvalidInputException.class, () -> FigureFilter.of("2023-01", "2026-01", null, null, NOW))
                .violations().get(0).rule());
        assertEquals(36, FigureFilter.of("2023-02", "2026-01", null, null, NOW).months());
    }

    @Test
    void the_query_string_carries_what_was_chosen() {
        assertEquals("from=2026-01&to=2026-12&county=46&adviser=7", new FigureFilter(YearMonth.of(2026, 1), NOW, "46", 7L).query());
        assertEquals("from=2026-01&to=2026-12", new FigureFilter(YearMonth.of(2026, 1), NOW, null, null).query());
    }
}
