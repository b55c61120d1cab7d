package no.ledernett.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import no.ledernett.groups.MeetingInterval;
import org.junit.jupiter.api.Test;

class MeetingScheduleTest {

    @Test
    void a_monthly_series_skips_may_17_and_ascension_day() {
        // Monday 17 May 2027 is Constitution Day: that meeting moves to Tuesday the 18th.
        List<LocalDate> dates = MeetingSchedule.dates(LocalDate.of(2027, 3, 17), MeetingInterval.MONTHLY, 4);
        assertEquals(List.of(LocalDate.of(2027, 3, 17), LocalDate.of(2027, 4, 19), LocalDate.of(2027, 5, 18), LocalDate.of(2027, 6, 17)), dates);
        // 17 April 2027 is a Saturday: next working day is Monday the 19th.
        List<LocalDate> thursdays = MeetingSchedule.dates(LocalDate.of(2027, 4, 22), MeetingInterval.EVERY_OTHER_WEEK, 3);
        assertEquals(LocalDate.of(2027, 5, 7), thursdays.get(1), "Ascension Day (6 May 2027) moves to Friday");
        assertTrue(thursdays.stream().allMatch(NorwegianHolidays::isWorkingDay));
    }

    @Test
    void the_rhythm_follows_the_plan_not_the_moved_dates() {
        // Christmas Day is a Friday in 2026; Boxing Day and Sunday follow. Christmas Eve is a working day by law.
        List<LocalDate> dates = MeetingSchedule.dates(LocalDate.of(2026, 12, 25), MeetingInterval.EVERY_OTHER_WEEK, 3);
        assertEquals(List.of(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 22)), dates);
        assertTrue(NorwegianHolidays.isWorkingDay(LocalDate.of(2026, 12, 24)));
    }

    @Test
    void two_meetings_never_fall_on_the_same_day() {
        List<LocalDate> dates = MeetingSchedule.dates(LocalDate.of(2027, 1, 1), MeetingInterval.EVERY_OTHER_WEEK, 30, d -> d.getDayOfMonth() % 2 == 0);
        for (int i = 1; i < dates.size(); i++) {
            assertTrue(dates.get(i).isAfter(dates.get(i - 1)));
        }
    }
}
