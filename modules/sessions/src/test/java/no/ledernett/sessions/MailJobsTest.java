package no.ledernett.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Reminders go the day before in Oslo, where meetings and sessions are planned, on a server whose
 * clock runs in UTC too (the clocks here are UTC, as on such a server).
 */
class MailJobsTest {

    private static Clock utc(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void just_after_midnight_in_oslo_tomorrow_is_the_next_day_while_it_is_still_yesterday_in_utc() {
        // 23:30 UTC on 2 December is 00:30 on 3 December in Oslo (CET): a meeting on the 4th is reminded of now.
        assertEquals(LocalDateTime.of(2026, 12, 3, 0, 30), MailJobs.osloNow(utc("2026-12-02T23:30:00Z")));
        assertEquals(LocalDate.of(2026, 12, 4), MailJobs.reminderDay(utc("2026-12-02T23:30:00Z")));
        // At 22:59 UTC it is still the 2nd in Oslo: the 3rd's meetings are the ones reminded of.
        assertEquals(LocalDate.of(2026, 12, 3), MailJobs.reminderDay(utc("2026-12-02T22:59:00Z")));
    }

    @Test
    void in_summer_time_the_day_in_oslo_starts_two_hours_before_utc_midnight() {
        // CEST (UTC+2): 22:30 UTC on 14 June is 00:30 on the 15th in Oslo.
        assertEquals(LocalDate.of(2027, 6, 16), MailJobs.reminderDay(utc("2027-06-14T22:30:00Z")));
        assertEquals(LocalDate.of(2027, 6, 15), MailJobs.reminderDay(utc("2027-06-14T21:30:00Z")));
    }

    @Test
    void across_the_switch_to_and_from_summer_time_oslo_local_time_is_kept() {
        // Summer time begins 28 March 2027 at 01:00 UTC: 00:59 UTC is 01:59 CET, 01:00 UTC is 03:00 CEST.
        assertEquals(LocalDateTime.of(2027, 3, 28, 1, 59), MailJobs.osloNow(utc("2027-03-28T00:59:00Z")));
        assertEquals(LocalDateTime.of(2027, 3, 28, 3, 0), MailJobs.osloNow(utc("2027-03-28T01:00:00Z")));
        // Winter time is back on 31 October 2027 at 01:00 UTC: 23:30 UTC the day before is already the 31st in Oslo.
        assertEquals(LocalDate.of(2027, 11, 1), MailJobs.reminderDay(utc("2027-10-30T22:30:00Z")));
    }
}
