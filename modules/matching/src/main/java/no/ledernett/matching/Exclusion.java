package no.ledernett.matching;

import java.io.Serializable;
import java.util.List;

/**
 * Why an adviser cannot take a need: a hard rule, never outweighed by a good score.
 *
 * @param args values that explain the reason (levels, hours, dates)
 */
public record Exclusion(Reason reason, List<Object> args) implements Serializable {

    public enum Reason {
        INACTIVE,
        LACKS_COMPETENCE,
        NO_CAPACITY,
        AWAY
    }

    public Exclusion {
        args = List.copyOf(args);
    }

    static Exclusion of(Reason reason, Object... args) {
        return new Exclusion(reason, List.of(args));
    }
}
