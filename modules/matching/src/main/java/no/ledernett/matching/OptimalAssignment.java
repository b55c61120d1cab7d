package no.ledernett.matching;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * The assignment with the highest total score that keeps every adviser within capacity in every
 * month. Hours differ from need to need, so this is a generalised assignment problem, which no
 * flow model solves exactly; Google OR-Tools' CP-SAT solver searches it and proves optimality.
 * It starts from the greedy assignment improved by {@link LocalSearch}, so its answer is never worse
 * than greedy's; when the time limit ends the search before the proof, the answer says how far
 * from the best it can at most be (when the solver got as far as a bound).
 */
public final class OptimalAssignment {

    /** Scores and hours are multiplied by this to become the whole numbers CP-SAT works with. */
    static final int SCALE = 100;

    private static volatile boolean nativeLoaded;

    private OptimalAssignment() {
    }

    private static synchronized void loadNative() {
        if (!nativeLoaded) {
            Loader.loadNativeLibraries();
            nativeLoaded = true;
        }
    }

    public static AssignmentSolution solve(AssignmentProblem p, double timeLimitSeconds) {
        return solve(p, timeLimitSeconds, best -> { });
    }

    /** @param progress told each better total found while searching */
    public static AssignmentSolution solve(AssignmentProblem p, double timeLimitSeconds, DoubleConsumer progress) {
        long started = System.nanoTime();
        AssignmentSolution greedy = GreedyAssignment.solve(p);
        long localDeadline = started + (long) (Math.min(0.5, timeLimitSeconds * 0.4) * 1e9);
        int[] start = LocalSearch.improve(p, greedy.adviserOf(), localDeadline);
        AssignmentSolution improved = new AssignmentSolution(start, p.total(start), Double.NaN, false, 0);
        progress.accept(improved.total());
        loadNative();
        int n = p.needs().size();
        int m = p.advisers();
        CpModel model = new CpModel();
        Literal[][] x = new Literal[n][m];
        LinearExprBuilder objective = LinearExpr.newBuilder();
        for (int i = 0; i < n; i++) {
            List<Literal> options = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                if (p.allowed(i, j)) {
                    x[i][j] = model.newBoolVar("x" + i + "_" + j);
                    options.add(x[i][j]);
                    objective.addTerm(x[i][j], Math.round(p.score()[i][j] * SCALE));
                }
            }
            if (p.pinned()[i] >= 0 && x[i][p.pinned()[i]] != null) {
                model.addEquality(x[i][p.pinned()[i]], 1);
            } else if (options.size() > 1) {
                model.addAtMostOne(options);
            }
        }
        for (int j = 0; j < m; j++) {
            for (YearMonth month : p.months()) {
                LinearExprBuilder used = LinearExpr.newBuilder();
                long demand = 0;
                for (int i = 0; i < n; i++) {
                    Need need = p.needs().get(i);
                    if (x[i][j] != null && need.months().contains(month)) {
                        long hours = Math.round(need.hoursPerMonth() * SCALE);
                        used.addTerm(x[i][j], hours);
                        demand += hours;
                    }
                }
                long capacity = (long) Math.floor(p.remaining().get(j).getOrDefault(month, Double.MAX_VALUE / SCALE / 2) * SCALE + 1e-6);
                if (demand > capacity) {
                    model.addLessOrEqual(used, Math.max(0, capacity));
                }
            }
        }
        model.maximize(objective);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (x[i][j] != null) {
                    model.addHint(x[i][j], improved.adviserOf()[i] == j);
                }
            }
        }
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(Math.max(0.05, timeLimitSeconds - elapsedSeconds(started)));
        solver.getParameters().setNumWorkers(Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())));
        // No solution callback: CP-SAT would call it from its own native threads, and an exception
        // there terminates the whole JVM. Progress is reported by elapsed time instead.
        CpSolverStatus status = solver.solve(model);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new AssignmentSolution(improved.adviserOf(), improved.total(), Double.NaN, false, millis);
        }
        int[] adviserOf = new int[n];
        for (int i = 0; i < n; i++) {
            adviserOf[i] = -1;
            for (int j = 0; j < m; j++) {
                if (x[i][j] != null && solver.booleanValue(x[i][j])) {
                    adviserOf[i] = j;
                }
            }
        }
        double total = p.total(adviserOf);
        double bound = Math.max(total, solver.bestObjectiveBound() / SCALE);
        if (total + 1e-9 < improved.total()) {
            return new AssignmentSolution(improved.adviserOf(), improved.total(), bound, false, millis);
        }
        return new AssignmentSolution(adviserOf, total, bound, status == CpSolverStatus.OPTIMAL, millis);
    }

    private static double elapsedSeconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
