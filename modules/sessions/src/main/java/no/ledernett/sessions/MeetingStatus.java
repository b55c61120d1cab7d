package no.ledernett.sessions;

public enum MeetingStatus {
    PLANNED,
    HELD,
    CANCELLED,
    /** Individual coaching only: the leader did not come and gave no notice; the hours are billed as if held. */
    NO_SHOW
}
