package no.ledernett.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ActivityTrendsTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 10);

    @Test
    void rates_and_averages_from_the_month_s_sums() {
        // 4 meetings, 20 marks of which 15 present (by 6 leaders); 12 answers summing 51 (by 5 leaders).
        assertEquals(new ActivityTrends.Month(MONTH, 4, 20, 15, 0.75, 12, 4.3), ActivityTrends.of(MONTH, new long[] {4, 20, 15, 6, 0, 12, 51, 5}));
    }

    @Test
    void too_few_different_leaders_hide_the_rate_and_the_average() {
        assertEquals(new ActivityTrends.Month(MONTH, 1, 2, null, null, 2, null), ActivityTrends.of(MONTH, new long[] {1, 2, 2, 2, 0, 2, 9, 2}));
        assertEquals(new ActivityTrends.Month(MONTH, 0, 0, null, null, 0, null), ActivityTrends.of(MONTH, new long[8]));
    }
}
