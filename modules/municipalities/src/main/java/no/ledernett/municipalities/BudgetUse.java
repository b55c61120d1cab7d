package no.ledernett.municipalities;

import java.io.Serializable;

/** Hours used against an engagement's budget, and whether to warn. */
public record BudgetUse(int budget, double used) implements Serializable {

    public enum Level {
        OK,
        NEAR,
        OVER
    }

    /** Warn from 80 % of the budget; over at 100 %. */
    public Level level() {
        double share = budget <= 0 ? 0 : used / budget;
        return share >= 1.0 ? Level.OVER : share >= 0.8 ? Level.NEAR : Level.OK;
    }

    public int percent() {
        return budget <= 0 ? 0 : (int) Math.round(100 * used / budget);
    }
}
