package no.ledernett.sessions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import no.ledernett.groups.BlackoutPeriod;
import no.ledernett.groups.MeetingInterval;

/**
 * The dates of a group's meetings from its plan. A date that falls on a public holiday or a
 * weekend moves to the next working day; the series keeps its rhythm from the planned dates,
 * so one moved meeting does not push the rest. A meeting whose day falls in one of the group's
 * blackout periods (summer holiday, Christmas) is not held then: the series pauses and goes on
 * in its rhythm after the break, still with as many meetings as planned.
 */
public final class MeetingSchedule {

    /** Enough for any plan; a plan whose blackouts cover the whole year ends here instead of never. */
    static final int MAX_SLOTS = 1000;

    private MeetingSchedule() {
    }

    public static List<LocalDate> dates(LocalDate start, MeetingInterval interval, int count) {
        return dates(start, interval, count, List.of());
    }

    public static List<LocalDate> dates(LocalDate start, MeetingInterval interval, int count, List<BlackoutPeriod> blackouts) {
        return dates(start, interval, count, NorwegianHolidays::isWorkingDay, blackouts);
    }

    static List<LocalDate> dates(LocalDate start, MeetingInterval interval, int count, Predicate<LocalDate> workingDay) {
        return dates(start, interval, count, workingDay, List.of());
    }

    static List<LocalDate> dates(LocalDate start, MeetingInterval interval, int count, Predicate<LocalDate> workingDay, List<BlackoutPeriod> blackouts) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate previous = null;
        for (int slot = 0; dates.size() < count && slot < MAX_SLOTS; slot++) {
            LocalDate day = interval.after(start, slot);
            while (!workingDay.test(day) || (previous != null && !day.isAfter(previous))) {
                day = day.plusDays(1);
            }
            if (BlackoutPeriod.covers(blackouts, day)) {
                continue;
            }
            dates.add(day);
            previous = day;
        }
        return dates;
    }
}
