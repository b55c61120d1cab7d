package no.ledernett.sessions;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** A coaching session as its leader sees it elsewhere (the portal): when, how, where. Never the adviser's notes. */
public record CoachingSessionView(long id, LocalDate date, LocalTime start, LocalTime end, CoachingMode mode, String place, MeetingStatus status)
        implements Serializable {
}
