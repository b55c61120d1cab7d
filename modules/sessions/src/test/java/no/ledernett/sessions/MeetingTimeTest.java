package no.ledernett.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import no.ledernett.platform.Rules;
import org.junit.jupiter.api.Test;

class MeetingTimeTest {

    @Test
    void a_day_and_hours_in_order_are_read() {
        Rules rules = new Rules();
        assertEquals(new MeetingTime(LocalDate.of(2026, 12, 1), LocalTime.of(9, 0), LocalTime.of(11, 30)),
                MeetingTime.read(rules, "2026-12-01", "09:00", "11:30"));
        assertEquals(List.of(), rules.violations());
    }

    @Test
    void each_part_breaks_its_own_rule_and_the_end_must_come_after_the_start() {
        assertEquals(List.of("date:format.date", "start:required", "end:format.end"), broken("1.12.2026", "", "25:00"));
        assertEquals(List.of("end:time.order"), broken("2026-12-01", "11:00", "11:00"));
    }

    private static List<String> broken(String date, String start, String end) {
        Rules rules = new Rules();
        MeetingTime.read(rules, date, start, end);
        return rules.violations().stream().map(v -> v.field() + ":" + v.rule()).toList();
    }
}
