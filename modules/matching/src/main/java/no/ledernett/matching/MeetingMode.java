package no.ledernett.matching;

/** How the adviser meets the client: travel matters only in person. */
public enum MeetingMode {
    IN_PERSON,
    VIDEO
}
