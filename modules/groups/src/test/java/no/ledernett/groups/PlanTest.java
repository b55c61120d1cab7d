package no.ledernett.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanTest {

    @Test
    void the_last_meeting_follows_from_start_interval_and_count() {
        assertEquals(LocalDate.of(2027, 10, 5), MeetingInterval.MONTHLY.after(LocalDate.of(2027, 1, 5), 9));
        assertEquals(LocalDate.of(2027, 1, 19), MeetingInterval.EVERY_OTHER_WEEK.after(LocalDate.of(2027, 1, 5), 1));
    }

    @Test
    void monthly_meetings_of_two_and_a_half_hours_with_an_hour_of_preparation_take_three_and_a_half_hours_a_month() {
        NetworkGroup group = new NetworkGroup("4601");
        group.apply(new GroupInput("Rektorer", "4601", 1L, "SUBJECT_SPECIFIC", 1L, true, null, 10, "MONTHLY", 150, "2027-01-05",
                "VIDEO", null, null, null, null).check(new no.ledernett.platform.Rules()));
        assertEquals(3.5, group.hoursPerMonth(1.0), 1e-9);
        assertEquals(LocalDate.of(2027, 10, 5), group.getEnd());
        assertEquals(30.44 / 42, MeetingInterval.EVERY_SIX_WEEKS.perMonth(), 1e-9);
    }

    @Test
    void a_subject_specific_group_needs_its_subject_and_an_in_person_group_its_place() {
        no.ledernett.platform.Rules rules = new no.ledernett.platform.Rules();
        new GroupInput("Rektorer", "4601", 1L, "SUBJECT_SPECIFIC", null, true, null, 10, "MONTHLY", null, "2027-01-05",
                "IN_PERSON", " ", null, null, null).check(rules);
        assertEquals(java.util.List.of("subjectAreaId:group.subjectRequired", "location:group.locationRequired"),
                rules.violations().stream().map(v -> v.field() + ":" + v.rule()).toList());
    }

    @Test
    void blackout_periods_are_read_as_people_write_them_and_may_run_over_new_year() {
        no.ledernett.platform.Rules rules = new no.ledernett.platform.Rules();
        java.util.List<BlackoutPeriod> periods = BlackoutPeriod.parse(rules, "blackoutPeriods", "1.7-31.7, 20.12 – 3.1");
        assertEquals(BlackoutPeriod.DEFAULTS, periods);
        assertEquals("01.07–31.07; 20.12–03.01", BlackoutPeriod.text(periods));
        assertEquals(BlackoutPeriod.DEFAULTS, BlackoutPeriod.fromStored(BlackoutPeriod.stored(periods)));
        org.junit.jupiter.api.Assertions.assertTrue(periods.get(1).covers(LocalDate.of(2026, 12, 31)) && periods.get(1).covers(LocalDate.of(2027, 1, 3)));
        org.junit.jupiter.api.Assertions.assertFalse(periods.get(1).covers(LocalDate.of(2027, 1, 4)) || periods.get(1).covers(LocalDate.of(2026, 12, 19)));
        assertEquals(java.util.List.of(), BlackoutPeriod.parse(rules, "blackoutPeriods", " "), "empty: meetings all year");
        org.junit.jupiter.api.Assertions.assertNull(BlackoutPeriod.parse(rules, "blackoutPeriods", "01.07–31.07; 31.02–01.03"));
        assertEquals(java.util.List.of("blackoutPeriods:blackout.format"), rules.violations().stream().map(v -> v.field() + ":" + v.rule()).toList());
    }
}
