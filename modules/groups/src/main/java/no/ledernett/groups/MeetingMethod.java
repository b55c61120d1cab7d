package no.ledernett.groups;

/** Kollegacoaching (one challenge in focus) or alle presenterer (everyone presents in turn). */
public enum MeetingMethod {
    PEER_COACHING,
    ROUND
}
