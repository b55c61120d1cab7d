package no.ledernett.matching;

import java.io.Serializable;

/**
 * A batch assignment and how good it is known to be.
 *
 * @param adviserOf  the adviser index for each need, or -1 for unassigned
 * @param bound      no assignment can score more than this
 * @param optimal    the solver proved that none scores more than {@code total}
 */
public record AssignmentSolution(int[] adviserOf, double total, double bound, boolean optimal, long millis) implements Serializable {

    /** How far from the best possible this can at most be, as a share of the bound. */
    public double gap() {
        return bound <= 0 ? 0 : Math.max(0, (bound - total) / bound);
    }
}
