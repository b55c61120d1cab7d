package no.ledernett.sessions;

/** Whether a member came: møtt, ikke møtt, meldt forfall. */
public enum Presence {
    PRESENT,
    ABSENT,
    EXCUSED
}
