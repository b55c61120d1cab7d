package no.ledernett.matching;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Improves an assignment by moves a planner would try by hand: give a need a better adviser who
 * has room, swap two needs between advisers, or make room for an unassigned need by moving one
 * need elsewhere. Only improving moves are taken, so the result never scores less than the start.
 * Fast enough for large batches; the exact search then starts from here.
 */
final class LocalSearch {

    private final AssignmentProblem p;
    private final int[][] monthsOf;
    private final double[][] left;
    private final int[] adviserOf;

    private LocalSearch(AssignmentProblem p, int[] start) {
        this.p = p;
        List<YearMonth> months = new ArrayList<>(p.months());
        monthsOf = new int[p.needs().size()][];
        for (int i = 0; i < monthsOf.length; i++) {
            monthsOf[i] = p.needs().get(i).months().stream().mapToInt(months::indexOf).toArray();
        }
        left = new double[p.advisers()][months.size()];
        for (int j = 0; j < p.advisers(); j++) {
            for (int k = 0; k < months.size(); k++) {
                left[j][k] = p.remaining().get(j).getOrDefault(months.get(k), Double.MAX_VALUE / 4);
            }
        }
        adviserOf = start.clone();
        for (int i = 0; i < adviserOf.length; i++) {
            if (adviserOf[i] >= 0) {
                take(i, adviserOf[i], 1);
            }
        }
    }

    static int[] improve(AssignmentProblem p, int[] start, long deadlineNanos) {
        LocalSearch search = new LocalSearch(p, start);
        boolean improved = true;
        while (improved && System.nanoTime() < deadlineNanos) {
            improved = search.moves() | search.swaps(deadlineNanos) | search.ejections(deadlineNanos);
        }
        return search.adviserOf;
    }

    private double score(int i, int j) {
        return j < 0 ? 0 : p.score()[i][j];
    }

    private void take(int i, int j, int sign) {
        double hours = p.needs().get(i).hoursPerMonth();
        for (int k : monthsOf[i]) {
            left[j][k] -= sign * hours;
        }
    }

    private boolean fits(int i, int j) {
        double hours = p.needs().get(i).hoursPerMonth();
        for (int k : monthsOf[i]) {
            if (left[j][k] + 1e-9 < hours) {
                return false;
            }
        }
        return true;
    }

    private boolean movable(int i) {
        return p.pinned()[i] < 0;
    }

    private void assign(int i, int j) {
        if (adviserOf[i] >= 0) {
            take(i, adviserOf[i], -1);
        }
        adviserOf[i] = j;
        if (j >= 0) {
            take(i, j, 1);
        }
    }

    /** Gives each need the best adviser that has room, if better than its current one. */
    private boolean moves() {
        boolean improved = false;
        for (int i = 0; i < adviserOf.length; i++) {
            if (!movable(i)) {
                continue;
            }
            int from = adviserOf[i];
            if (from >= 0) {
                take(i, from, -1);
            }
            int best = from;
            for (int j = 0; j < p.advisers(); j++) {
                if (p.allowed(i, j) && score(i, j) > score(i, best) + 1e-9 && fits(i, j)) {
                    best = j;
                }
            }
            if (from >= 0) {
                take(i, from, 1);
            }
            if (best != from) {
                assign(i, best);
                improved = true;
            }
        }
        return improved;
    }

    /** Swaps the advisers of two assigned needs when both fit and the total rises. */
    private boolean swaps(long deadline) {
        boolean improved = false;
        for (int i = 0; i < adviserOf.length && System.nanoTime() < deadline; i++) {
            for (int k = i + 1; k < adviserOf.length; k++) {
                int a = adviserOf[i];
                int b = adviserOf[k];
                if (a < 0 || b < 0 || a == b || !movable(i) || !movable(k) || !p.allowed(i, b) || !p.allowed(k, a)) {
                    continue;
                }
                double gain = score(i, b) + score(k, a) - score(i, a) - score(k, b);
                if (gain <= 1e-9) {
                    continue;
                }
                assign(i, -1);
                assign(k, -1);
                if (fits(i, b) && fits(k, a)) {
                    assign(i, b);
                    assign(k, a);
                    improved = true;
                } else {
                    assign(i, a);
                    assign(k, b);
                }
            }
        }
        return improved;
    }

    /** Makes room for an unassigned need by moving one need from its adviser to another. */
    private boolean ejections(long deadline) {
        boolean improved = false;
        for (int i = 0; i < adviserOf.length && System.nanoTime() < deadline; i++) {
            if (adviserOf[i] >= 0 || !movable(i)) {
                continue;
            }
            search:
            for (int b = 0; b < p.advisers(); b++) {
                if (!p.allowed(i, b)) {
                    continue;
                }
                for (int k = 0; k < adviserOf.length; k++) {
                    if (adviserOf[k] != b || !movable(k)) {
                        continue;
                    }
                    assign(k, -1);
                    if (fits(i, b)) {
                        assign(i, b);
                        for (int c = 0; c < p.advisers(); c++) {
                            if (c != b && p.allowed(k, c) && score(i, b) + score(k, c) > score(k, b) + 1e-9 && fits(k, c)) {
                                assign(k, c);
                                improved = true;
                                break search;
                            }
                        }
                        assign(i, -1);
                    }
                    assign(k, b);
                }
            }
        }
        return improved;
    }
}
