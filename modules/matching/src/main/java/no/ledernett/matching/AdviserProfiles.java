package no.ledernett.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    /** One adviser's committed hours per month, from a month on. */
    public Map<YearMonth, Double> committed(long adviserId, YearMonth from, YearMonth to) {
        return workload.committed().perMonth(from, to, Set.of()).getOrDefault(adviserId, Map.of());
    }

    public List<AdviserProfile> all(YearMonth from, YearMonth to) {
        return all(from, to, Set.of());
    }

    /** @param ignoredReferences work not to count as load, e.g. the need being ranked when it already has an adviser */
    public List<AdviserProfile> all(YearMonth from, YearMonth to, Set<String> ignoredReferences) {
        // Read-only: the profiles copy what they need, so the advisers need not be tracked for changes
        // until the transaction ends (that comparison cost a ranking more than reading them).
        List<Adviser> advisers = em.createQuery("SELECT DISTINCT a FROM Adviser a LEFT JOIN FETCH a.absences ORDER BY a.name", Adviser.class)
                .setHint("eclipselink.read-only", "true").getResultList();
        Map<Long, Map<Long, Integer>> levels = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.adviser.id, c.subjectArea.id, c.level FROM Competence c", Object[].class).getResultList()) {
            levels.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((Long) row[1], ((Number) row[2]).intValue());
        }
        CommittedWork work = workload.committed();
        Map<Long, Map<YearMonth, Double>> load = work.perMonth(from, to, ignoredReferences);
        Map<Long, Set<String>> served = work.served(ignoredReferences);
        return advisers.stream().map(a -> new AdviserProfile(a.getId(), a.getName(), a.getTitle(), a.isActive(), a.getHomeCounty(),
                a.getWrittenForms(), levels.getOrDefault(a.getId(), Map.of()), a.getAbsences(), a.getMonthlyCapacity(),
                load.getOrDefault(a.getId(), Map.of()), served.getOrDefault(a.getId(), Set.of()))).toList();
    }
}
