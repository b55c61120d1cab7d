package no.ledernett.groups;

import java.io.Serializable;
import java.time.LocalDate;
import no.ledernett.matching.MeetingMode;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Violation;

/** What a form or API client sends to create or change a group. Text so each bad value is named on its field. */
public record GroupInput(String name, String municipality, Long engagementId, String kind, Long subjectAreaId, Boolean competenceRequired,
                         String defaultMethod, Integer plannedMeetings, String interval, Integer meetingMinutes, String start,
                         String mode, String location, String status, Long version, String blackoutPeriods) implements Serializable {

    /** The same input based on the given version (an API client may send it as If-Match instead of in the body). */
    public GroupInput withVersion(long version) {
        return new GroupInput(name, municipality, engagementId, kind, subjectAreaId, competenceRequired, defaultMethod, plannedMeetings, interval, meetingMinutes, start, mode, location, status, version, blackoutPeriods);
    }

    static final int DEFAULT_MINUTES = 150;

    record Checked(String name, long engagementId, GroupKind kind, Long subjectAreaId, boolean competenceRequired, MeetingMethod method,
                   int plannedMeetings, MeetingInterval interval, int meetingMinutes, LocalDate start, MeetingMode mode, String location,
                   GroupStatus status, java.util.List<BlackoutPeriod> blackouts) implements Serializable {
    }

    /** Checks what needs no database; the caller adds the checks that do, then calls {@code rules.check()}. */
    Checked check(Rules rules) {
        rules.required("name", name).maxLength("name", name, 200).required("engagementId", engagementId)
                .maxLength("location", location, 200);
        GroupKind parsedKind = rules.oneOf("kind", kind, GroupKind.class, GroupsTexts.RULES);
        MeetingMethod method = rules.oneOf("defaultMethod", defaultMethod, MeetingMethod.class, GroupsTexts.RULES, MeetingMethod.PEER_COACHING);
        MeetingInterval parsedInterval = rules.oneOf("interval", interval, MeetingInterval.class, GroupsTexts.RULES, MeetingInterval.MONTHLY);
        MeetingMode parsedMode = rules.oneOf("mode", mode, MeetingMode.class, GroupsTexts.RULES, MeetingMode.IN_PERSON);
        GroupStatus parsedStatus = rules.oneOf("status", status, GroupStatus.class, GroupsTexts.RULES, GroupStatus.PLANNED);
        if (parsedKind == GroupKind.SUBJECT_SPECIFIC && subjectAreaId == null) {
            rules.add(Violation.of(GroupsTexts.RULES, "subjectAreaId", "group.subjectRequired"));
        }
        if (parsedKind == GroupKind.CROSS_DISCIPLINARY && Boolean.TRUE.equals(competenceRequired)) {
            rules.add(Violation.of(GroupsTexts.RULES, "competenceRequired", "group.competenceNeedsSubject"));
        }
        rules.required("plannedMeetings", plannedMeetings);
        if (plannedMeetings != null && (plannedMeetings < 1 || plannedMeetings > 60)) {
            rules.add(Violation.of("plannedMeetings", "range", 1, 60));
        }
        int minutes = meetingMinutes == null ? DEFAULT_MINUTES : meetingMinutes;
        if (minutes < 30 || minutes > 480) {
            rules.add(Violation.of("meetingMinutes", "range", 30, 480));
        }
        LocalDate from = rules.date("start", start, GroupsTexts.RULES, "date");
        if (parsedMode == MeetingMode.IN_PERSON && (location == null || location.isBlank())) {
            rules.add(Violation.of(GroupsTexts.RULES, "location", "group.locationRequired"));
        }
        java.util.List<BlackoutPeriod> blackouts = blackoutPeriods == null ? null : BlackoutPeriod.parse(rules, "blackoutPeriods", blackoutPeriods);
        if (!rules.violations().isEmpty()) {
            return null;
        }
        return new Checked(name.trim(), engagementId, parsedKind, parsedKind == GroupKind.SUBJECT_SPECIFIC ? subjectAreaId : null,
                parsedKind == GroupKind.SUBJECT_SPECIFIC && Boolean.TRUE.equals(competenceRequired), method, plannedMeetings,
                parsedInterval, minutes, from, parsedMode, location == null || location.isBlank() ? null : location.trim(), parsedStatus, blackouts);
    }
}
