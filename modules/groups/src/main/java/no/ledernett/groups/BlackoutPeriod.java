package no.ledernett.groups;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Violation;

/**
 * A stretch of every year when a group does not meet (the school summer holiday, Christmas),
 * from one day to another, both included; it may run over New Year. The series planner skips
 * the meetings that would fall in one.
 */
public record BlackoutPeriod(MonthDay from, MonthDay to) implements Serializable {

    /** July, and 20 December to 3 January: when leaders in municipalities are away. */
    public static final List<BlackoutPeriod> DEFAULTS = List.of(new BlackoutPeriod(MonthDay.of(7, 1), MonthDay.of(7, 31)),
            new BlackoutPeriod(MonthDay.of(12, 20), MonthDay.of(1, 3)));

    static final int MAX = 12;

    private static final Pattern ONE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.?\\s*[-–—]\\s*(\\d{1,2})\\.(\\d{1,2})\\.?");

    public boolean covers(LocalDate day) {
        MonthDay d = MonthDay.from(day);
        return from.isAfter(to) ? !d.isBefore(from) || !d.isAfter(to) : !d.isBefore(from) && !d.isAfter(to);
    }

    public static boolean covers(List<BlackoutPeriod> periods, LocalDate day) {
        return periods.stream().anyMatch(p -> p.covers(day));
    }

    /** "01.07–31.07; 20.12–03.01", as people write them and as the form and the API show them. */
    public static String text(List<BlackoutPeriod> periods) {
        return periods.stream().map(p -> day(p.from()) + "–" + day(p.to())).collect(Collectors.joining("; "));
    }

    private static String day(MonthDay d) {
        return String.format("%02d.%02d", d.getDayOfMonth(), d.getMonthValue());
    }

    /** Reads periods written as {@link #text}; "-" does for "–", a comma for ";". Empty: none. Null when a rule is broken. */
    static List<BlackoutPeriod> parse(Rules rules, String field, String text) {
        List<BlackoutPeriod> periods = new ArrayList<>();
        for (String part : text.split("[;,\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = ONE.matcher(part.trim());
            try {
                if (!m.matches()) {
                    throw new DateTimeException(part);
                }
                periods.add(new BlackoutPeriod(MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))),
                        MonthDay.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)))));
            } catch (DateTimeException e) {
                rules.add(Violation.of(GroupsTexts.RULES, field, "blackout.format", part.trim()));
                return null;
            }
        }
        if (periods.size() > MAX) {
            rules.add(Violation.of(GroupsTexts.RULES, field, "blackout.tooMany", MAX));
            return null;
        }
        return periods;
    }

    /** As kept in the database: "--07-01/--07-31;--12-20/--01-03". */
    static String stored(List<BlackoutPeriod> periods) {
        return periods.stream().map(p -> p.from() + "/" + p.to()).collect(Collectors.joining(";"));
    }

    static List<BlackoutPeriod> fromStored(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        List<BlackoutPeriod> periods = new ArrayList<>();
        for (String part : stored.split(";")) {
            String[] days = part.split("/");
            periods.add(new BlackoutPeriod(MonthDay.parse(days[0].trim()), MonthDay.parse(days[1].trim())));
        }
        return List.copyOf(periods);
    }
}
