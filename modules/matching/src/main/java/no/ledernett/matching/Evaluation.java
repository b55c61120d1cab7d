package no.ledernett.matching;

import java.io.Serializable;
import java.util.List;

/**
 * One adviser judged against one need: either eligible with a score and its parts, or excluded
 * with every reason that applies.
 *
 * @param remainingHours the least capacity left in any month of the need's period, before taking it
 */
public record Evaluation(AdviserProfile adviser, double score, List<ScorePart> parts, List<Exclusion> exclusions, double remainingHours) implements Serializable {

    public Evaluation {
        parts = List.copyOf(parts);
        exclusions = List.copyOf(exclusions);
    }

    public boolean eligible() {
        return exclusions.isEmpty();
    }
}
