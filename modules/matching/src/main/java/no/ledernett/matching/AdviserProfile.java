package no.ledernett.matching;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ledernett.platform.Language;

/**
 * Everything ranking needs to know about one adviser, read once per ranking so scoring itself is
 * pure and testable without a database.
 *
 * @param levels       competence level per subject area id
 * @param committed    hours per month already committed, per month
 * @param municipalitiesServed municipalities the adviser has had work in (continuity)
 */
public record AdviserProfile(long id, String name, String title, boolean active, String homeCounty, Set<Language> writtenForms,
                             Map<Long, Integer> levels, List<Absence> absences, int monthlyCapacity,
                             Map<YearMonth, Double> committed, Set<String> municipalitiesServed) implements Serializable {

    public double committedIn(YearMonth month) {
        return committed.getOrDefault(month, 0.0);
    }

    public double remainingIn(YearMonth month) {
        return monthlyCapacity - committedIn(month);
    }

    public int level(Long subjectAreaId) {
        return subjectAreaId == null ? 0 : levels.getOrDefault(subjectAreaId, 0);
    }
}
