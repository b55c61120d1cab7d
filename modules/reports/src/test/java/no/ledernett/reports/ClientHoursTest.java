package no.ledernett.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientHoursTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final YearMonth MAR = YearMonth.of(2026, 3);

    /** Bergen: 100 hours from last autumn to February (30 of them used before January), and 50 from March. Bodø: 20 in February. */
    private static final List<ClientHours.Engagement> ENGAGEMENTS = List.of(
            new ClientHours.Engagement(1, "4601", "Bergen", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 28), 100,
                    Map.of(YearMonth.of(2025, 11), 30.0, JAN, 10.0, FEB, 5.5)),
            new ClientHours.Engagement(2, "4601", "Bergen", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), 50, Map.of(MAR, 4.0)),
            new ClientHours.Engagement(3, "1804", "Bodø", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), 20, Map.of(FEB, 25.0)));

    private final ClientHours.Hours hours = ClientHours.of(ENGAGEMENTS, JAN, MAR);

    @Test
    void sold_is_the_budgets_running_in_the_month_and_remaining_what_is_left_of_them_at_its_end() {
        assertEquals(List.of(
                new ClientHours.ClientMonth("4601", "Bergen", JAN, 100, 10, 60),
                new ClientHours.ClientMonth("4601", "Bergen", FEB, 100, 5.5, 54.5),
                new ClientHours.ClientMonth("4601", "Bergen", MAR, 50, 4, 46),
                new ClientHours.ClientMonth("1804", "Bodø", FEB, 20, 25, -5)), hours.byClientAndMonth());
    }

    @Test
    void over_the_period_sold_counts_each_engagement_once_and_used_only_the_period_s_hours() {
        assertEquals(List.of(new ClientHours.Client("4601", "Bergen", 150, 19.5, 100.5), new ClientHours.Client("1804", "Bodø", 20, 25, -5)),
                hours.byClient());
        assertEquals(new ClientHours.Client("", "", 170, 44.5, 95.5), hours.total());
    }

    @Test
    void every_month_has_a_total_even_without_hours() {
        assertEquals(List.of(new ClientHours.MonthTotal(JAN, 100, 10, 60), new ClientHours.MonthTotal(FEB, 120, 30.5, 49.5),
                new ClientHours.MonthTotal(MAR, 50, 4, 46)), hours.byMonth());
        assertEquals(List.of(new ClientHours.MonthTotal(YearMonth.of(2027, 1), 0, 0, 0)), ClientHours.of(ENGAGEMENTS, YearMonth.of(2027, 1),
                YearMonth.of(2027, 1)).byMonth());
    }
}
