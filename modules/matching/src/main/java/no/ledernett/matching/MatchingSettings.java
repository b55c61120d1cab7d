package no.ledernett.matching;

import java.io.Serializable;

/**
 * The knobs of ranking and assignment, from MicroProfile Config ({@code ledernett.matching.*}).
 *
 * @param competenceWeight  points for a perfect subject fit (expert, or broad competence for cross-disciplinary work)
 * @param capacityWeight    points for having all capacity still free after taking the need
 * @param continuityWeight  points for having worked with the municipality before
 * @param distanceWeight    points for living in the municipality's county (in-person work)
 * @param languageWeight    points for writing the wanted written form
 * @param requiredLevel     the lowest level that counts as subject competence when the client requires it
 * @param maxAwayShare      the share of a need's period an adviser may be away and still take it
 * @param timeLimitSeconds  how long batch assignment may search for a proven optimum
 */
public record MatchingSettings(double competenceWeight, double capacityWeight, double continuityWeight, double distanceWeight,
                               double languageWeight, int requiredLevel, double maxAwayShare, double timeLimitSeconds) implements Serializable {

    public static final MatchingSettings DEFAULTS = new MatchingSettings(40, 20, 15, 15, 10, Competence.SOLID, 0.25, 10);
}
