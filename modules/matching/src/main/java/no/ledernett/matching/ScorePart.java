package no.ledernett.matching;

import java.io.Serializable;
import java.util.List;

/**
 * One criterion's share of a score, with what it rests on, so a person can read why.
 *
 * @param fit     how well the adviser meets the criterion, 0 to 1
 * @param weight  the criterion's configured weight
 * @param points  fit × weight
 * @param detail  a text key under {@code why.} in the module's texts; args fill it in
 */
public record ScorePart(Criterion criterion, double fit, double weight, double points, String detail, List<Object> args) implements Serializable {

    public ScorePart {
        args = List.copyOf(args);
    }

    static ScorePart of(Criterion criterion, double fit, double weight, String detail, Object... args) {
        double clamped = Math.max(0, Math.min(1, fit));
        return new ScorePart(criterion, clamped, weight, clamped * weight, detail, List.of(args));
    }
}
