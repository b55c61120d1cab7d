package no.ledernett.matching;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The obvious method: take the best-scoring pair left, assign it if capacity allows, repeat.
 * The baseline the optimal assignment is measured against, and its starting point.
 */
public final class GreedyAssignment {

    private GreedyAssignment() {
    }

    public static AssignmentSolution solve(AssignmentProblem p) {
        long started = System.nanoTime();
        int n = p.needs().size();
        int[] adviserOf = new int[n];
        Arrays.fill(adviserOf, -1);
        List<Map<YearMonth, Double>> left = new ArrayList<>();
        for (int j = 0; j < p.advisers(); j++) {
            left.add(new HashMap<>(p.remaining().get(j)));
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p.advisers(); j++) {
                if (p.allowed(i, j)) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        // Pinned pairs first: staff have decided them.
        pairs.sort(Comparator.<int[]>comparingInt(x -> p.pinned()[x[0]] == x[1] ? 0 : 1)
                .thenComparingDouble(x -> -p.score()[x[0]][x[1]])
                .thenComparingInt(x -> x[0]).thenComparingInt(x -> x[1]));
        for (int[] pair : pairs) {
            int i = pair[0];
            int j = pair[1];
            Need need = p.needs().get(i);
            if (adviserOf[i] >= 0 || !fits(left.get(j), need)) {
                continue;
            }
            adviserOf[i] = j;
            need.months().forEach(m -> left.get(j).merge(m, -need.hoursPerMonth(), Double::sum));
        }
        return new AssignmentSolution(adviserOf, p.total(adviserOf), Double.NaN, false, (System.nanoTime() - started) / 1_000_000);
    }

    private static boolean fits(Map<YearMonth, Double> left, Need need) {
        return need.months().stream().allMatch(m -> left.getOrDefault(m, Double.MAX_VALUE) + 1e-9 >= need.hoursPerMonth());
    }
}
