package no.ledernett.matching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property test: on hundreds of random small batches, the optimal assignment scores exactly what
 * trying every possible assignment finds, never exceeds a capacity, and never scores below greedy.
 */
class OptimalAssignmentTest {

    static final int INSTANCES = 300;

    @Test
    void equals_the_brute_force_optimum_and_keeps_every_capacity_on_random_small_batches() {
        Random random = new Random(20261127);
        int greedyWorse = 0;
        for (int k = 0; k < INSTANCES; k++) {
            AssignmentProblem p = randomProblem(random, 2 + random.nextInt(5), 1 + random.nextInt(3));
            AssignmentSolution optimal = OptimalAssignment.solve(p, 5);
            double best = bruteForce(p);
            String instance = "instance " + k + ": " + describe(p);
            assertTrue(optimal.optimal(), instance);
            assertEquals(best, optimal.total(), 1e-6, instance);
            assertTrue(p.withinCapacity(optimal.adviserOf()), instance);
            for (int i = 0; i < optimal.adviserOf().length; i++) {
                int j = optimal.adviserOf()[i];
                assertTrue(j < 0 || p.allowed(i, j), instance + " gave need " + i + " a forbidden adviser");
            }
            AssignmentSolution greedy = GreedyAssignment.solve(p);
            assertTrue(p.withinCapacity(greedy.adviserOf()), instance);
            assertTrue(optimal.total() >= greedy.total() - 1e-9, instance);
            if (greedy.total() < optimal.total() - 1e-9) {
                greedyWorse++;
            }
        }
        // The instances must be hard enough that greedy is sometimes wrong, or the test proves little.
        assertTrue(greedyWorse > 10, "greedy was beaten only " + greedyWorse + " times");
    }

    @Test
    void a_pinned_pair_is_kept_even_when_another_would_score_more() {
        Need a = need("a", 1, 4);
        AssignmentProblem p = new AssignmentProblem(List.of(a), 2, new double[][] {{50, 90}}, new int[] {0}, capacities(a, 10, 10));
        assertArrayEquals(new int[] {0}, OptimalAssignment.solve(p, 5).adviserOf());
    }

    @Test
    void a_forbidden_pair_is_never_used() {
        Need a = need("a", 1, 4);
        AssignmentProblem p = new AssignmentProblem(List.of(a), 2, new double[][] {{50, Double.NaN}}, new int[] {-1}, capacities(a, 10, 10));
        assertArrayEquals(new int[] {0}, OptimalAssignment.solve(p, 5).adviserOf());
    }

    @Test
    void beats_greedy_where_greedy_spends_capacity_on_the_single_best_pair() {
        // Greedy gives the 8-hour need to the only adviser (score 60) and has no room left for the
        // two 4-hour needs that together score 100.
        Need big = need("big", 1, 8);
        Need small1 = need("s1", 1, 4);
        Need small2 = need("s2", 1, 4);
        AssignmentProblem p = new AssignmentProblem(List.of(big, small1, small2), 1, new double[][] {{60}, {50}, {50}},
                new int[] {-1, -1, -1}, capacities(big, 8));
        assertEquals(60, GreedyAssignment.solve(p).total(), 1e-9);
        AssignmentSolution optimal = OptimalAssignment.solve(p, 5);
        assertEquals(100, optimal.total(), 1e-9);
        assertArrayEquals(new int[] {-1, 0, 0}, optimal.adviserOf());
    }

    @Test
    void needs_in_different_months_share_an_adviser_whose_monthly_capacity_fits_only_one_at_a_time() {
        Need spring = new Need("spring", "vår", null, false, "4601", MeetingMode.VIDEO, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 31), 6);
        Need autumn = new Need("autumn", "høst", null, false, "4601", MeetingMode.VIDEO, null, LocalDate.of(2027, 8, 1), LocalDate.of(2027, 12, 31), 6);
        AssignmentProblem p = new AssignmentProblem(List.of(spring, autumn), 1, new double[][] {{10}, {10}}, new int[] {-1, -1},
                List.of(Fixtures.every(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), 6)));
        assertArrayEquals(new int[] {0, 0}, OptimalAssignment.solve(p, 5).adviserOf());
    }

    static Need need(String ref, int months, double hours) {
        return new Need(ref, ref, null, false, "4601", MeetingMode.VIDEO, null, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 1).plusMonths(months).minusDays(1), hours);
    }

    static List<Map<YearMonth, Double>> capacities(Need horizon, double... hours) {
        List<Map<YearMonth, Double>> list = new ArrayList<>();
        for (double h : hours) {
            list.add(Fixtures.every(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), h));
        }
        return list;
    }

    static AssignmentProblem randomProblem(Random r, int n, int m) {
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate start = LocalDate.of(2027, 1 + r.nextInt(6), 1);
            LocalDate end = start.plusMonths(1 + r.nextInt(6)).minusDays(1);
            needs.add(new Need("n" + i, "n" + i, null, false, "4601", MeetingMode.VIDEO, null, start, end, 1 + r.nextInt(8)));
        }
        double[][] score = new double[n][m];
        int[] pinned = new int[n];
        Arrays.fill(pinned, -1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                score[i][j] = r.nextDouble() < 0.2 ? Double.NaN : Math.round(r.nextDouble() * 10000) / 100.0;
            }
            if (r.nextDouble() < 0.05 && !Double.isNaN(score[i][0])) {
                pinned[i] = 0;
            }
        }
        List<Map<YearMonth, Double>> remaining = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            Map<YearMonth, Double> cap = new HashMap<>();
            for (int month = 1; month <= 12; month++) {
                cap.put(YearMonth.of(2027, month), (double) (4 + r.nextInt(9)));
            }
            remaining.add(cap);
        }
        AssignmentProblem p = new AssignmentProblem(needs, m, score, pinned, remaining);
        // A pin that cannot fit on its own is refused before solving in the service; keep the instance valid.
        for (int i = 0; i < n; i++) {
            if (pinned[i] >= 0) {
                int[] only = new int[n];
                Arrays.fill(only, -1);
                only[i] = pinned[i];
                if (!p.withinCapacity(only)) {
                    pinned[i] = -1;
                }
            }
        }
        int[] pinsOnly = new int[n];
        for (int i = 0; i < n; i++) {
            pinsOnly[i] = pinned[i];
        }
        if (!p.withinCapacity(pinsOnly)) {
            Arrays.fill(pinned, -1);
        }
        return p;
    }

    /** Tries every way of giving each need one allowed adviser or none. */
    static double bruteForce(AssignmentProblem p) {
        int n = p.needs().size();
        int[] choice = new int[n];
        Arrays.fill(choice, -1);
        return search(p, choice, 0);
    }

    private static double search(AssignmentProblem p, int[] choice, int i) {
        if (i == choice.length) {
            return p.withinCapacity(choice) ? p.total(choice) : Double.NEGATIVE_INFINITY;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int j = -1; j < p.advisers(); j++) {
            if (j >= 0 && !p.allowed(i, j) || j < 0 && p.pinned()[i] >= 0) {
                continue;
            }
            choice[i] = j;
            best = Math.max(best, search(p, choice, i + 1));
        }
        choice[i] = -1;
        return best;
    }

    private static String describe(AssignmentProblem p) {
        return p.needs().size() + " needs × " + p.advisers() + " advisers, scores " + Arrays.deepToString(p.score())
                + ", pins " + Arrays.toString(p.pinned());
    }
}
