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

    @Test
    void a_series_pauses_over_the_summer_holiday_and_christmas_and_keeps_its_count() {
        // Every other Wednesday from 10 June 2026: 8 and 22 July fall in the summer break; the series goes on in its rhythm on 5 August.
        assertEquals(List.of(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 24), LocalDate.of(2026, 8, 5), LocalDate.of(2026, 8, 19)),
                MeetingSchedule.dates(LocalDate.of(2026, 6, 10), MeetingInterval.EVERY_OTHER_WEEK, 4, no.ledernett.groups.BlackoutPeriod.DEFAULTS));
        // Monthly on the 23rd: 23 December is in the Christmas break; 23 January 2027 is a Saturday.
        assertEquals(List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2027, 1, 25), LocalDate.of(2027, 2, 23)),
                MeetingSchedule.dates(LocalDate.of(2026, 11, 23), MeetingInterval.MONTHLY, 3, no.ledernett.groups.BlackoutPeriod.DEFAULTS));
        // Without breaks the same plan meets in July.
        assertEquals(LocalDate.of(2026, 7, 8), MeetingSchedule.dates(LocalDate.of(2026, 6, 10), MeetingInterval.EVERY_OTHER_WEEK, 4, List.of()).get(2));
    }
}
