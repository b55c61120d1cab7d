package no.ledernett.groups;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.ledernett.matching.MeetingMode;

/**
 * A group as other modules see it: its plan and who runs it, by value. Meetings, mail and hours
 * read a group through this ({@link Groups#view}) rather than the entity, so this module can change
 * how it keeps groups without breaking them, and nobody outside can change a group by accident.
 */
public record GroupView(long id, String name, String municipalityNumber, long engagementId, Long adviserId, GroupStatus status,
        MeetingMethod defaultMethod, MeetingMode mode, String location, LocalDate start, MeetingInterval interval,
        int plannedMeetings, int meetingMinutes, List<BlackoutPeriod> blackouts) implements Serializable {

    public GroupView {
        blackouts = List.copyOf(blackouts);
    }

    static GroupView of(NetworkGroup g) {
        return new GroupView(g.getId(), g.getName(), g.getMunicipalityNumber(), g.getEngagementId(), g.getAdviserId(), g.getStatus(),
                g.getDefaultMethod(), g.getMode(), g.getLocation(), g.getStart(), g.getInterval(), g.getPlannedMeetings(),
                g.getMeetingMinutes(), g.getBlackouts());
    }
}
