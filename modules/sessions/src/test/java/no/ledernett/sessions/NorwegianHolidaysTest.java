package no.ledernett.sessions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NorwegianHolidaysTest {

    @Test
    void knows_the_fixed_and_the_moving_norwegian_holidays() {
        assertTrue(NorwegianHolidays.isHoliday(LocalDate.of(2027, 5, 17)), "grunnlovsdag");
        assertTrue(NorwegianHolidays.isHoliday(LocalDate.of(2027, 5, 1)), "arbeidernes dag");
        assertTrue(NorwegianHolidays.isHoliday(LocalDate.of(2027, 3, 25)), "skjærtorsdag 2027");
        assertTrue(NorwegianHolidays.isHoliday(LocalDate.of(2027, 5, 6)), "Kristi himmelfartsdag 2027");
        assertTrue(NorwegianHolidays.isHoliday(LocalDate.of(2027, 5, 17)));
        assertTrue(NorwegianHolidays.isHoliday(LocalDate.of(2026, 12, 26)), "2. juledag");
        assertFalse(NorwegianHolidays.isHoliday(LocalDate.of(2027, 5, 18)));
        assertFalse(NorwegianHolidays.isWorkingDay(LocalDate.of(2027, 1, 2)), "a Saturday");
        assertTrue(NorwegianHolidays.isWorkingDay(LocalDate.of(2027, 1, 4)));
    }
}
