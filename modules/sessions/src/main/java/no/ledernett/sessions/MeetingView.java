package no.ledernett.sessions;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import no.ledernett.groups.MeetingMethod;
import no.ledernett.matching.MeetingMode;

/** A group meeting as another module reads it: when, where, how and its status; never its challenges. */
public record MeetingView(long id, long groupId, int numberInSeries, LocalDate date, LocalTime start, LocalTime end, MeetingMethod method,
                          MeetingMode mode, String place, MeetingStatus status) implements Serializable {

    static MeetingView of(GroupMeeting m) {
        return new MeetingView(m.getId(), m.getGroupId(), m.getNumberInSeries(), m.getDate(), m.getStart(), m.getEnd(), m.getMethod(), m.getMode(),
                m.getPlace(), m.getStatus());
    }
}
