package no.ledernett.municipalities;

import java.util.Collection;
import java.util.Map;

/**
 * Hours used on engagements. Hours are logged by the sessions module, which sits above this one,
 * so it implements this interface; engagements show used against budget through it.
 */
public interface HoursUsed {

    /** Hours used per engagement id; engagements without hours may be left out. */
    Map<Long, Double> byEngagement(Collection<Long> engagementIds);
}
