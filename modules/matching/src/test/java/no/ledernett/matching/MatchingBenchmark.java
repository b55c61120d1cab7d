package no.ledernett.matching;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.ledernett.platform.Counties;
import no.ledernett.platform.County;
import no.ledernett.platform.Language;

/**
 * Batch assignment of 600 needs × 80 advisers on generated data that looks like a consultancy's
 * portfolio, optimal beside greedy in the same run. Not a test: run it with
 * {@code bash deploy/bench/matching.sh [seeds] [time limit s]}.
 */
public final class MatchingBenchmark {

    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double limit = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        int needs = args.length > 2 ? Integer.parseInt(args[2]) : 600;
        int advisers = args.length > 3 ? Integer.parseInt(args[3]) : 80;
        // Warm up the JVM and load the native solver once, as a running server would have.
        OptimalAssignment.solve(generate(new Random(0), 50, 10), 1);
        System.out.printf("%d needs × %d advisers, time limit %.1f s, %d cores%n", needs, advisers, limit, Runtime.getRuntime().availableProcessors());
        System.out.printf("%-5s %10s %10s %10s %10s %10s %8s %8s%n", "seed", "greedy", "greedy_ms", "optimal", "optimal_ms", "bound", "gap_%", "proven");
        for (int seed = 1; seed <= seeds; seed++) {
            AssignmentProblem p = generate(new Random(seed), needs, advisers);
            AssignmentSolution greedy = GreedyAssignment.solve(p);
            AssignmentSolution optimal = OptimalAssignment.solve(p, limit);
            if (!p.withinCapacity(optimal.adviserOf()) || optimal.total() < greedy.total() - 1e-9) {
                throw new IllegalStateException("seed " + seed + ": capacity exceeded or worse than greedy");
            }
            System.out.printf("%-5d %10.2f %10d %10.2f %10d %10.2f %8.3f %8s%n", seed, greedy.total(), greedy.millis(), optimal.total(),
                    optimal.millis(), optimal.bound(), optimal.gap() * 100, optimal.optimal() ? "yes" : "no");
        }
    }

    /** Advisers with one to three competences, needs from across the country, scored by the real rules. */
    static AssignmentProblem generate(Random r, int needCount, int adviserCount) {
        String[] counties = Counties.all().stream().map(County::number).toArray(String[]::new);
        LocalDate start = LocalDate.of(2027, 1, 1);
        List<AdviserProfile> advisers = new ArrayList<>();
        for (int j = 0; j < adviserCount; j++) {
            Map<Long, Integer> levels = new HashMap<>();
            for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
                levels.put(1L + r.nextInt(9), 1 + r.nextInt(3));
            }
            Set<String> served = new HashSet<>();
            for (int k = 0; k < r.nextInt(4); k++) {
                served.add(counties[r.nextInt(counties.length)] + String.format("%02d", 1 + r.nextInt(20)));
            }
            Set<Language> forms = r.nextDouble() < 0.3 ? EnumSet.of(Language.BOKMAL, Language.NYNORSK) : EnumSet.of(Language.BOKMAL);
            int capacity = 20 + 5 * r.nextInt(9);
            Map<YearMonth, Double> committed = Fixtures.every(start, start.plusYears(1), 5.0 * r.nextInt(3));
            advisers.add(new AdviserProfile(j, "Veileder " + j, "rådgiver", r.nextDouble() > 0.03, counties[r.nextInt(counties.length)], forms,
                    levels, List.of(), capacity, committed, served));
        }
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i < needCount; i++) {
            Long subject = r.nextDouble() < 0.7 ? 1L + r.nextInt(9) : null;
            String municipality = counties[r.nextInt(counties.length)] + String.format("%02d", 1 + r.nextInt(20));
            LocalDate from = start.plusMonths(r.nextInt(6));
            needs.add(new Need("need:" + i, "Behov " + i, subject, subject != null && r.nextBoolean(), municipality,
                    r.nextBoolean() ? MeetingMode.IN_PERSON : MeetingMode.VIDEO, r.nextDouble() < 0.25 ? Language.NYNORSK : null,
                    from, from.plusMonths(5 + r.nextInt(7)).minusDays(1), 2 + r.nextInt(5)));
        }
        Scoring scoring = new Scoring(MatchingSettings.DEFAULTS);
        double[][] score = new double[needCount][adviserCount];
        for (int i = 0; i < needCount; i++) {
            for (int j = 0; j < adviserCount; j++) {
                Evaluation e = scoring.evaluate(needs.get(i), advisers.get(j));
                score[i][j] = e.eligible() ? e.score() : Double.NaN;
            }
        }
        int[] pinned = new int[needCount];
        Arrays.fill(pinned, -1);
        List<Map<YearMonth, Double>> remaining = new ArrayList<>();
        for (AdviserProfile a : advisers) {
            Map<YearMonth, Double> left = new HashMap<>();
            for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(start.plusYears(2))); m = m.plusMonths(1)) {
                left.put(m, a.remainingIn(m));
            }
            remaining.add(left);
        }
        return new AssignmentProblem(needs, adviserCount, score, pinned, remaining);
    }
}
