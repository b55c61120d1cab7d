package no.ledernett.matching;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.ledernett.platform.Counties;
import no.ledernett.platform.Language;

/**
 * What a client needs from an adviser: the input to ranking and to batch assignment.
 *
 * @param reference           what the need is for, e.g. {@code group:42}; unique within a batch
 * @param subjectAreaId       the subject area, or null for a cross-disciplinary group
 * @param competenceRequired  the client requires an adviser competent in the subject area
 * @param writtenForm         the language wanted (bokmål, nynorsk or English), or null for no preference
 */
public record Need(String reference, String label, Long subjectAreaId, boolean competenceRequired, String municipalityNumber,
                   MeetingMode mode, Language writtenForm, LocalDate start, LocalDate end, double hoursPerMonth) implements Serializable {

    public String county() {
        return Counties.ofMunicipality(municipalityNumber);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
    }
}
