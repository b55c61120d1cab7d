package no.ledernett.matching;

/** The parts of an adviser's score for a need. */
public enum Criterion {
    COMPETENCE,
    CAPACITY,
    CONTINUITY,
    DISTANCE,
    LANGUAGE
}
