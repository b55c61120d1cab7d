package no.ledernett.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.YearMonth;
import java.util.List;
import no.ledernett.matching.Utilisation.AdviserLoad;
import org.junit.jupiter.api.Test;

class CapacityTest {

    private static final YearMonth FROM = YearMonth.of(2026, 12);
    private static final List<AdviserLoad> LOADS = List.of(
            new AdviserLoad(1, "Hanne", "46", true, 20, List.of(10.0, 25.0, 0.0)),
            new AdviserLoad(2, "Ola", "18", true, 10, List.of(5.0, 5.0, 5.0)),
            new AdviserLoad(3, "Kari", "46", false, 0, List.of(4.0, 0.0, 0.0)));

    @Test
    void months_add_up_the_chosen_advisers_capacity_and_commitments() {
        Capacity all = Capacity.of(LOADS, FROM, 3, null, null);
        assertEquals(List.of(FROM, FROM.plusMonths(1), FROM.plusMonths(2)), all.months());
        assertEquals(new Capacity.Month(FROM, 30, 19), all.byMonth().get(0));
        assertEquals(100, all.byMonth().get(1).percent());
        assertEquals(0, all.byMonth().get(1).free());
        assertEquals(-5, Capacity.of(LOADS, FROM, 3, "46", null).byMonth().get(1).free(), "over capacity");
    }

    @Test
    void a_county_is_the_advisers_home_county_and_an_adviser_is_one() {
        Capacity vestland = Capacity.of(LOADS, FROM, 3, "46", null);
        assertEquals(List.of("Hanne", "Kari"), vestland.advisers().stream().map(Capacity.Adviser::name).toList());
        assertEquals(new Capacity.Month(FROM.plusMonths(1), 20, 25), vestland.byMonth().get(1));
        assertEquals(List.of("Ola"), Capacity.of(LOADS, FROM, 3, null, 2L).advisers().stream().map(Capacity.Adviser::name).toList());
    }

    @Test
    void an_adviser_s_average_peak_share_and_months_over() {
        Capacity.Adviser hanne = Capacity.of(LOADS, FROM, 3, null, 1L).advisers().get(0);
        assertEquals(11.67, hanne.average());
        assertEquals(25, hanne.peak());
        assertEquals(58, hanne.percent());
        assertEquals(1, hanne.monthsOver());
        assertNull(Capacity.of(LOADS, FROM, 3, null, 3L).advisers().get(0).percent(), "no capacity, no share");
    }
}
