package no.ledernett.reports;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import no.ledernett.platform.Counties;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Violation;

/**
 * What the management figures cover: a period of whole months, and optionally one county (its
 * two-digit number) and one adviser. Without a period, the last twelve months up to this one.
 */
public record FigureFilter(YearMonth from, YearMonth to, String county, Long adviserId) implements Serializable {

    /** The default period's length, and the longest period asked for (a longer one is refused). */
    public static final int DEFAULT_MONTHS = 12;
    public static final int MAX_MONTHS = 36;

    /**
     * Reads the filter as a URL carries it ({@code 2026-01}, {@code 46}, an adviser's id); blank
     * parts are left out. A month that is not one, a period the wrong way round or longer than
     * {@value #MAX_MONTHS} months, a county that does not exist or an adviser that is not a number
     * are refused together, each with its field.
     */
    public static FigureFilter of(String from, String to, String county, String adviser, YearMonth now) {
        Rules rules = new Rules();
        YearMonth start = rules.monthIfGiven("from", from, ReportTexts.RULES, "month");
        YearMonth end = rules.monthIfGiven("to", to, ReportTexts.RULES, "month");
        String countyNumber = blank(county) ? null : county.strip();
        if (countyNumber != null && !Counties.exists(countyNumber)) {
            rules.add(Violation.of(ReportTexts.RULES, "county", "county"));
        }
        Long adviserId = null;
        if (!blank(adviser)) {
            try {
                adviserId = Long.valueOf(adviser.strip());
            } catch (NumberFormatException e) {
                rules.add(Violation.of(ReportTexts.RULES, "adviser", "adviser"));
            }
        }
        if (!rules.has("from") && !rules.has("to")) {
            end = end != null ? end : start != null && start.plusMonths(DEFAULT_MONTHS - 1L).isBefore(now) ? start.plusMonths(DEFAULT_MONTHS - 1L) : now;
            start = start != null ? start : end.minusMonths(DEFAULT_MONTHS - 1L);
            if (end.isBefore(start)) {
                rules.add(Violation.of(ReportTexts.RULES, "to", "months.order"));
            } else if (start.until(end, ChronoUnit.MONTHS) >= MAX_MONTHS) {
                rules.add(Violation.of(ReportTexts.RULES, "to", "months.length", MAX_MONTHS));
            }
        }
        rules.check();
        return new FigureFilter(start, end, countyNumber, adviserId);
    }

    /** The default: the last {@value #DEFAULT_MONTHS} months up to {@code now}, everyone. */
    public static FigureFilter lastYear(YearMonth now) {
        return new FigureFilter(now.minusMonths(DEFAULT_MONTHS - 1L), now, null, null);
    }

    /** The filter as a query string ({@code from=2026-01&to=2026-12&county=46&adviser=7}), for links that keep it. */
    public String query() {
        return "from=" + from + "&to=" + to + (county == null ? "" : "&county=" + county) + (adviserId == null ? "" : "&adviser=" + adviserId);
    }

    public int months() {
        return (int) from.until(to, ChronoUnit.MONTHS) + 1;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
