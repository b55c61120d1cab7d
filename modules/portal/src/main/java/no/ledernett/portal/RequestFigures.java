package no.ledernett.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contacts' requests month by month and how long staff took to handle them, for the management
 * figures: counted and averaged in the database in one statement. No requester is named.
 */
@ApplicationScoped
public class RequestFigures {

    @PersistenceContext
    EntityManager em;

    /**
     * The requests that came in in one month.
     *
     * @param handled      of those, the ones staff have handled (at any time since)
     * @param averageHours hours from request to handling, on average over the handled ones; null when none is
     * @param longestHours the longest of them; null when none is handled
     */
    public record Month(YearMonth month, int received, int handled, Double averageHours, Double longestHours) implements Serializable {

        public int open() {
            return received - handled;
        }
    }

    /** Every month from {@code from} to {@code to}, empty ones included, for a county's municipalities (its two-digit number; null: all). */
    public List<Month> monthly(YearMonth from, YearMonth to, String county) {
        String year = "EXTRACT(YEAR FROM created_at)";
        String month = "EXTRACT(MONTH FROM created_at)";
        String waited = "EXTRACT(EPOCH FROM handled_at) - EXTRACT(EPOCH FROM created_at)";
        Query query = em.createNativeQuery("SELECT " + year + ", " + month + ", COUNT(*), SUM(CASE WHEN status = 'HANDLED' THEN 1 ELSE 0 END), "
                + "AVG(CASE WHEN status = 'HANDLED' THEN " + waited + " END), MAX(CASE WHEN status = 'HANDLED' THEN " + waited + " END) "
                + "FROM service_request WHERE created_at >= ? AND created_at < ?" + (county == null ? "" : " AND municipality LIKE ?")
                + " GROUP BY " + year + ", " + month)
                .setParameter(1, from.atDay(1).atStartOfDay()).setParameter(2, to.plusMonths(1).atDay(1).atStartOfDay());
        if (county != null) {
            query.setParameter(3, county + "%");
        }
        Map<YearMonth, Month> months = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.put(m, new Month(m, 0, 0, null, null));
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            YearMonth m = YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue());
            months.put(m, new Month(m, ((Number) r[2]).intValue(), r[3] == null ? 0 : ((Number) r[3]).intValue(), hours(r[4]), hours(r[5])));
        }
        return new ArrayList<>(months.values());
    }

    /** Seconds as hours with one decimal. */
    private static Double hours(Object seconds) {
        return seconds == null ? null : Math.round(((Number) seconds).doubleValue() / 360.0) / 10.0;
    }
}
