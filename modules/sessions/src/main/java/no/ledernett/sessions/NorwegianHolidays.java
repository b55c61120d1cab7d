package no.ledernett.sessions;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** Norwegian public holidays (helligdager), from Jollyday, and which days are working days. */
public final class NorwegianHolidays {

    private static final HolidayManager NORWAY_HOLIDAYS = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NORWAY));

    private NorwegianHolidays() {
    }

    public static boolean isHoliday(LocalDate day) {
        return NORWAY_HOLIDAYS.isHoliday(day);
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !isHoliday(day);
    }
}
