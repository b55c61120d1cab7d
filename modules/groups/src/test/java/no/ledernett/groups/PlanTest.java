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
                "VIDEO", null, null, null).check(new no.ledernett.platform.Rules()));
        assertEquals(3.5, group.hoursPerMonth(1.0), 1e-9);
        assertEquals(LocalDate.of(2027, 10, 5), group.getEnd());
        assertEquals(30.44 / 42, MeetingInterval.EVERY_SIX_WEEKS.perMonth(), 1e-9);
    }

    @Test
    void a_subject_specific_group_needs_its_subject_and_an_in_person_group_its_place() {
        no.ledernett.platform.Rules rules = new no.ledernett.platform.Rules();
        new GroupInput("Rektorer", "4601", 1L, "SUBJECT_SPECIFIC", null, true, null, 10, "MONTHLY", null, "2027-01-05",
                "IN_PERSON", " ", null, null).check(rules);
        assertEquals(java.util.List.of("subjectAreaId:group.subjectRequired", "location:group.locationRequired"),
                rules.violations().stream().map(v -> v.field() + ":" + v.rule()).toList());
    }
}
