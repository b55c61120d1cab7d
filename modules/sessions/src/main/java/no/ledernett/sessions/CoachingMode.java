package no.ledernett.sessions;

/** How an individual coaching session is held: in person (a place), by phone (a number) or by video (a link). */
public enum CoachingMode {
    IN_PERSON,
    PHONE,
    VIDEO
}
