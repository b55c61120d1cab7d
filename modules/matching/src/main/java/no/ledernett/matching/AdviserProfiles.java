package no.ledernett.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads every adviser's profile for ranking in a fixed number of statements, however many advisers there are. */
@ApplicationScoped
public class AdviserProfiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Workload workload;

    /** One adviser's committed hours per month, from a month on: only the committed work is read (one statement per source). */
    public Map<YearMonth, Double> committed(long adviserId, YearMonth from, YearMonth to) {
        List<LoadEntry> entries = workload.entries(Workload.continuitySince(LocalDate.now())).stream().filter(e -> e.adviserId() == adviserId).toList();
        return workload.perMonth(entries, from, to).getOrDefault(adviserId, Map.of());
    }

    public List<AdviserProfile> all(YearMonth from, YearMonth to) {
        return all(from, to, Set.of());
    }

    /** @param ignoredReferences work not to count as load, e.g. the need being ranked when it already has an adviser */
    public List<AdviserProfile> all(YearMonth from, YearMonth to, Set<String> ignoredReferences) {
        List<Adviser> advisers = em.createQuery("SELECT DISTINCT a FROM Adviser a LEFT JOIN FETCH a.absences ORDER BY a.name", Adviser.class)
                .getResultList();
        Map<Long, Map<Long, Integer>> levels = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.adviser.id, c.subjectArea.id, c.level FROM Competence c", Object[].class).getResultList()) {
            levels.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((Long) row[1], ((Number) row[2]).intValue());
        }
        LocalDate today = LocalDate.now();
        List<LoadEntry> entries = workload.entries(Workload.continuitySince(today)).stream()
                .filter(e -> !ignoredReferences.contains(e.reference())).toList();
        Map<Long, Map<YearMonth, Double>> load = workload.perMonth(entries, from, to);
        Map<Long, Set<String>> served = workload.municipalitiesServed(entries);
        return advisers.stream().map(a -> new AdviserProfile(a.getId(), a.getName(), a.getTitle(), a.isActive(), a.getHomeCounty(),
                a.getWrittenForms(), levels.getOrDefault(a.getId(), Map.of()), a.getAbsences(), a.getMonthlyCapacity(),
                load.getOrDefault(a.getId(), Map.of()), served.getOrDefault(a.getId(), Set.of()))).toList();
    }
}
