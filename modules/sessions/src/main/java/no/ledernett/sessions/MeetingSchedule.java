package no.ledernett.sessions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import no.ledernett.groups.MeetingInterval;

/**
 * The dates of a group's meetings from its plan. A date that falls on a public holiday or a
 * weekend moves to the next working day; the series keeps its rhythm from the planned dates,
 * so one moved meeting does not push the rest.
 */
public final class MeetingSchedule {

    private MeetingSchedule() {
    }

    public static List<LocalDate> dates(LocalDate start, MeetingInterval interval, int count) {
        return dates(start, interval, count, NorwegianHolidays::isWorkingDay);
    }

    static List<LocalDate> dates(LocalDate start, MeetingInterval interval, int count, Predicate<LocalDate> workingDay) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 0; i < count; i++) {
            LocalDate day = interval.after(start, i);
            while (!workingDay.test(day) || (previous != null && !day.isAfter(previous))) {
                day = day.plusDays(1);
            }
            dates.add(day);
            previous = day;
        }
        return dates;
    }
}
