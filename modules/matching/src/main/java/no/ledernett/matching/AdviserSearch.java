package no.ledernett.matching;

import java.io.Serializable;

/**
 * Filters for the adviser list; every part is optional.
 *
 * @param subjectAreaId only advisers with competence in this area
 * @param minLevel      at least this level in that area (1 when not given)
 */
public record AdviserSearch(String text, Long subjectAreaId, Integer minLevel, Boolean active) implements Serializable {
}
