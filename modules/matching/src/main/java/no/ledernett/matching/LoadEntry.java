package no.ledernett.matching;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Hours per month an adviser has committed to something (a group, a coaching course, a published
 * proposal) over a period. The reference names what it is, e.g. {@code group:42}, so the same
 * work reported by two modules counts once.
 */
public record LoadEntry(long adviserId, String municipalityNumber, String reference, String label, double hoursPerMonth,
                        LocalDate start, LocalDate end) implements Serializable {

    public boolean covers(YearMonth month) {
        return !YearMonth.from(start).isAfter(month) && !YearMonth.from(end).isBefore(month);
    }
}
