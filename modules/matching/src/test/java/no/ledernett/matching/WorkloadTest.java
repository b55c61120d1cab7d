package no.ledernett.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    private static LoadEntry work(long adviser, double hours, String start, String end) {
        return new LoadEntry(adviser, "4601", "group:" + start, "x", hours, LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void adds_up_each_advisers_hours_month_by_month_within_the_period_only() {
        Map<Long, Map<YearMonth, Double>> load = new Workload().perMonth(List.of(
                        work(1, 4, "2026-01-15", "2026-12-31"),   // runs past the period on both sides
                        work(1, 2.5, "2026-03-01", "2026-03-31"), // one month
                        work(2, 6, "2025-01-01", "2026-01-31"),   // ends before the period
                        work(3, 1, "2027-01-01", "2027-06-30")),  // starts after it
                YearMonth.of(2026, 2), YearMonth.of(2026, 4));
        assertEquals(Map.of(YearMonth.of(2026, 2), 4.0, YearMonth.of(2026, 3), 6.5, YearMonth.of(2026, 4), 4.0), load.get(1L));
        assertEquals(null, load.get(2L));
        assertEquals(null, load.get(3L));
    }
}
