package no.ledernett.sessions;

public enum MeetingStatus {
    PLANNED,
    HELD,
    CANCELLED
}
