package no.ledernett.municipalities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Texts;
import org.junit.jupiter.api.Test;

class EngagementInputTest {

    private static EngagementInput input(String kind, String start, String end, Integer budget, String status) {
        return new EngagementInput("3205", kind, " Lederløftet ", start, end, budget, status, null, null);
    }

    private static List<String> broken(EngagementInput input) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> input.check(new Rules()));
        return e.violations().stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void a_valid_engagement_is_parsed_and_starts_as_draft() {
        EngagementInput.Checked checked = input("NETWORK_GROUPS", "2026-01-15", "2026-12-15", 320, null).check(new Rules());
        assertEquals(EngagementKind.NETWORK_GROUPS, checked.kind());
        assertEquals(EngagementStatus.DRAFT, checked.status());
        assertEquals(LocalDate.of(2026, 1, 15), checked.start());
        assertEquals("Lederløftet", checked.programme());
        assertEquals(320, checked.hourBudget());
    }

    @Test
    void a_one_day_engagement_is_allowed() {
        input("INDIVIDUAL_COACHING", "2026-03-01", "2026-03-01", 2, "ACTIVE").check(new Rules());
    }

    @Test
    void the_end_cannot_come_before_the_start() {
        assertEquals(List.of("end:period.order"), broken(input("NETWORK_GROUPS", "2026-05-01", "2026-04-30", 10, null)));
    }

    @Test
    void the_period_is_at_most_ten_years() {
        assertEquals(List.of("end:period.length"), broken(input("NETWORK_GROUPS", "2026-01-01", "2036-01-02", 10, null)));
    }

    @Test
    void the_budget_is_between_one_hour_and_a_hundred_thousand() {
        assertEquals(List.of("hourBudget:range"), broken(input("NETWORK_GROUPS", "2026-01-01", "2026-02-01", 0, null)));
        assertEquals(List.of("hourBudget:range"), broken(input("NETWORK_GROUPS", "2026-01-01", "2026-02-01", 100_001, null)));
        assertEquals(List.of("hourBudget:required"), broken(input("NETWORK_GROUPS", "2026-01-01", "2026-02-01", null, null)));
    }

    @Test
    void every_bad_field_is_named_at_once() {
        assertEquals(List.of("kind:oneOf", "status:oneOf", "start:date", "end:required", "hourBudget:required"),
                broken(input("GOLF", "1. mai", null, null, "DONE")));
    }

    @Test
    void the_message_explains_the_rule_in_bokmal() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> input("NETWORK_GROUPS", "2026-05-01", "2026-04-30", 10, null).check(new Rules()));
        assertEquals("Sluttdato kan ikke være før startdato.", e.violations().get(0).message(Texts.BOKMAL));
    }

    @Test
    void a_blank_programme_means_stand_alone() {
        EngagementInput standAlone = new EngagementInput("3205", "NETWORK_GROUPS", "  ", "2026-01-01", "2026-02-01", 5, null, null, null);
        assertNull(standAlone.check(new Rules()).programme());
    }
}
