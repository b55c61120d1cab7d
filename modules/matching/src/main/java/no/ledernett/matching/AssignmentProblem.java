package no.ledernett.matching;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A batch of needs and the advisers who might take them, as numbers a solver can work on.
 *
 * @param score     score[i][j] of adviser j for need i; {@code Double.NaN} where j may not take i
 *                  (excluded by a hard rule, or forbidden by staff)
 * @param pinned    pinned[i] is the adviser index staff fixed for need i, or -1
 * @param remaining remaining.get(j).get(month) is the capacity adviser j has left that month
 */
public record AssignmentProblem(List<Need> needs, int advisers, double[][] score, int[] pinned,
                                List<Map<YearMonth, Double>> remaining) implements Serializable {

    public boolean allowed(int need, int adviser) {
        return !Double.isNaN(score[need][adviser]) && (pinned[need] < 0 || pinned[need] == adviser);
    }

    /** True when giving each need its adviser (-1 for none) keeps every adviser within capacity in every month. */
    public boolean withinCapacity(int[] adviserOf) {
        for (int j = 0; j < advisers; j++) {
            Map<YearMonth, Double> used = new java.util.HashMap<>();
            for (int i = 0; i < needs.size(); i++) {
                if (adviserOf[i] == j) {
                    for (YearMonth m : needs.get(i).months()) {
                        used.merge(m, needs.get(i).hoursPerMonth(), Double::sum);
                    }
                }
            }
            for (var e : used.entrySet()) {
                if (e.getValue() > remaining.get(j).getOrDefault(e.getKey(), Double.MAX_VALUE) + 1e-9) {
                    return false;
                }
            }
        }
        return true;
    }

    public double total(int[] adviserOf) {
        double sum = 0;
        for (int i = 0; i < adviserOf.length; i++) {
            if (adviserOf[i] >= 0) {
                sum += score[i][adviserOf[i]];
            }
        }
        return sum;
    }

    /** Months in which any need of the batch runs. */
    Set<YearMonth> months() {
        Set<YearMonth> months = new java.util.TreeSet<>();
        needs.forEach(n -> months.addAll(n.months()));
        return months;
    }
}
