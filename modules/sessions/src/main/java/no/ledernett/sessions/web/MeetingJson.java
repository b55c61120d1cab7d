package no.ledernett.sessions.web;

import java.time.LocalDate;
import java.time.LocalTime;
import no.ledernett.sessions.GroupMeeting;

/** A meeting as the API shows it. */
public record MeetingJson(long id, long groupId, int numberInSeries, LocalDate date, LocalTime start, LocalTime end, String method,
                          String mode, String place, String status, Long focusChallengeId, int icsSequence, long version) {

    static MeetingJson of(GroupMeeting m) {
        return new MeetingJson(m.getId(), m.getGroupId(), m.getNumberInSeries(), m.getDate(), m.getStart(), m.getEnd(), m.getMethod().name(),
                m.getMode().name(), m.getPlace(), m.getStatus().name(), m.getFocusChallengeId(), m.getIcsSequence(), m.getVersion());
    }
}
