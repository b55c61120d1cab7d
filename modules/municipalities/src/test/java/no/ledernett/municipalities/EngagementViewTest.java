package no.ledernett.municipalities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EngagementViewTest {

    private final EngagementView engagement = new EngagementView(1, new EngagementView.MunicipalityRef("4601", "Bergen"),
            EngagementKind.INDIVIDUAL_COACHING, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 40);

    @Test
    void the_first_and_last_days_are_inside_the_period() {
        assertFalse(engagement.outside(LocalDate.of(2026, 1, 1)));
        assertFalse(engagement.outside(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void the_days_around_it_are_outside() {
        assertTrue(engagement.outside(LocalDate.of(2025, 12, 31)));
        assertTrue(engagement.outside(LocalDate.of(2027, 1, 1)));
    }
}
