package no.ledernett.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Attendance and feedback in the network groups, month by month, for the management figures:
 * summed in the database in one statement (attendance and feedback side by side), whatever the
 * number of meetings. As in the client report ({@link EngagementActivity}), nothing names a leader,
 * and a month shows a rate or an average only where at least {@link EngagementActivity#MIN_PEOPLE}
 * different leaders were present or answered.
 */
@ApplicationScoped
public class ActivityTrends {

    @PersistenceContext
    EntityManager em;

    /**
     * One month's attendance (held meetings) and feedback.
     *
     * @param marked         attendance marks in held meetings (present, absent or excused)
     * @param present        marked present; null, as the rate, where too few were present to show it
     * @param attendanceRate present of all marked, 0–1; null where too few were present to show it
     * @param feedbackAverage the average rating 1–5 with one decimal; null where too few answered
     */
    public record Month(YearMonth month, int meetings, int marked, Integer present, Double attendanceRate, int feedbackAnswers, Double feedbackAverage)
            implements Serializable {
    }

    /**
     * Every month from {@code from} to {@code to}, empty ones included, for the groups in a county
     * (its two-digit number; null: all) led by an adviser (null: any).
     */
    public List<Month> monthly(YearMonth from, YearMonth to, String county, Long adviserId) {
        StringBuilder where = new StringBuilder(" WHERE m.group_id = g.id AND m.meeting_date BETWEEN ? AND ?");
        List<Object> shared = new ArrayList<>(List.of(from.atDay(1), to.atEndOfMonth()));
        if (county != null) {
            where.append(" AND g.municipality_number LIKE ?");
            shared.add(county + "%");
        }
        if (adviserId != null) {
            where.append(" AND g.adviser_id = ?");
            shared.add(adviserId);
        }
        String year = "EXTRACT(YEAR FROM m.meeting_date)";
        String month = "EXTRACT(MONTH FROM m.meeting_date)";
        String sql = "SELECT 'A', " + year + ", " + month + ", COUNT(DISTINCT m.id), COUNT(*), SUM(CASE WHEN a.presence = 'PRESENT' THEN 1 ELSE 0 END), "
                + "COUNT(DISTINCT CASE WHEN a.presence = 'PRESENT' THEN a.leader_id END) FROM attendance a JOIN group_meeting m ON a.meeting_id = m.id, "
                + "group_directory g" + where + " AND m.status = 'HELD' GROUP BY " + year + ", " + month
                + " UNION ALL SELECT 'F', " + year + ", " + month + ", COUNT(DISTINCT m.id), COUNT(*), SUM(f.rating), COUNT(DISTINCT f.leader_id) "
                + "FROM feedback f JOIN group_meeting m ON f.meeting_id = m.id, group_directory g" + where + " GROUP BY " + year + ", " + month;
        Query query = em.createNativeQuery(sql);
        int i = 1;
        for (int part = 0; part < 2; part++) {
            for (Object value : shared) {
                query.setParameter(i++, value);
            }
        }
        Map<YearMonth, long[]> sums = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            sums.put(m, new long[8]);
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            long[] s = sums.get(YearMonth.of(((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
            int at = "A".equals(String.valueOf(r[0]).trim()) ? 0 : 4;
            if (at == 0) {
                s[0] = ((Number) r[3]).longValue();
            }
            s[at + 1] = ((Number) r[4]).longValue();
            s[at + 2] = ((Number) r[5]).longValue();
            s[at + 3] = ((Number) r[6]).longValue();
        }
        List<Month> months = new ArrayList<>();
        sums.forEach((m, s) -> months.add(of(m, s)));
        return months;
    }

    /**
     * A month from its sums: [0] meetings held with attendance, [1] marks, [2] present, [3] different leaders present,
     * [5] answers, [6] the ratings' sum, [7] different leaders answering.
     */
    static Month of(YearMonth month, long[] s) {
        boolean enoughPresent = s[3] >= EngagementActivity.MIN_PEOPLE && s[1] > 0;
        Double rate = enoughPresent ? Math.round(s[2] * 1000.0 / s[1]) / 1000.0 : null;
        Double average = s[7] >= EngagementActivity.MIN_PEOPLE && s[5] > 0 ? Math.round(s[6] * 10.0 / s[5]) / 10.0 : null;
        return new Month(month, (int) s[0], (int) s[1], enoughPresent ? (Integer) (int) s[2] : null, rate, (int) s[5], average);
    }
}
