package no.ledernett.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every adviser's capacity against the hours already committed, month by month, for the management
 * figures. Read afresh, not from {@link Workload#committed()}'s snapshot: the advisers come in one
 * statement together with matching's own published commitments, and each module that reports load
 * adds one more (groups, sessions), so three statements whatever the number of advisers.
 */
@ApplicationScoped
public class Utilisation {

    @PersistenceContext
    EntityManager em;

    @Inject
    Workload workload;

    /**
     * One adviser's months.
     *
     * @param monthlyCapacity hours a month the adviser can take on (0 for an inactive adviser)
     * @param committed       hours committed in each month from the first asked for, one slot per month
     */
    public record AdviserLoad(long id, String name, String homeCounty, boolean active, int monthlyCapacity, List<Double> committed)
            implements Serializable {

        public AdviserOption option() {
            return new AdviserOption(id, name);
        }
    }

    /**
     * Every active adviser, and every inactive one still committed in the window, by name, with the
     * committed hours of the {@code months} months from {@code from}.
     */
    public List<AdviserLoad> months(YearMonth from, int months) {
        YearMonth to = from.plusMonths(months - 1L);
        LocalDate since = from.atDay(1);
        Map<Long, Object[]> advisers = new LinkedHashMap<>();
        List<LoadEntry> published = new ArrayList<>();
        em.createQuery("SELECT a.id, a.name, a.homeCounty, a.status, a.monthlyCapacity, c.municipalityNumber, c.reference, c.label, c.hoursPerMonth, "
                        + "c.start, c.end FROM Adviser a LEFT JOIN Commitment c ON c.adviserId = a.id AND c.end >= :since ORDER BY a.name, a.id", Object[].class)
                .setParameter("since", since).getResultList().forEach(r -> {
                    long id = (Long) r[0];
                    advisers.putIfAbsent(id, r);
                    if (r[6] != null) {
                        published.add(new LoadEntry(id, (String) r[5], (String) r[6], (String) r[7], ((Number) r[8]).doubleValue(),
                                (LocalDate) r[9], (LocalDate) r[10]));
                    }
                });
        Map<Long, double[]> sums = Workload.sums(workload.entries(since, published), from, to);
        List<AdviserLoad> loads = new ArrayList<>();
        advisers.forEach((id, r) -> {
            boolean active = Adviser.ACTIVE.equals(r[3]);
            double[] sum = sums.getOrDefault(id, new double[months]);
            if (active || Arrays.stream(sum).anyMatch(h -> h > 1e-9)) {
                loads.add(new AdviserLoad(id, (String) r[1], (String) r[2], active, active ? ((Number) r[4]).intValue() : 0,
                        Arrays.stream(sum).map(h -> Math.round(h * 100) / 100.0).boxed().toList()));
            }
        });
        return loads;
    }
}
