package no.ledernett.groups;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.ledernett.matching.MeetingMode;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Violation;

/** What a form or API client sends to create or change a group. Text so each bad value is named on its field. */
public record GroupInput(String name, String municipality, Long engagementId, String kind, Long subjectAreaId, Boolean competenceRequired,
                         String defaultMethod, Integer plannedMeetings, String interval, Integer meetingMinutes, String start,
                         String mode, String location, String status, Long version) implements Serializable {

    static final int DEFAULT_MINUTES = 150;

    record Checked(String name, long engagementId, GroupKind kind, Long subjectAreaId, boolean competenceRequired, MeetingMethod method,
                   int plannedMeetings, MeetingInterval interval, int meetingMinutes, LocalDate start, MeetingMode mode, String location,
                   GroupStatus status) implements Serializable {
    }

    /** Checks what needs no database; the caller adds the checks that do, then calls {@code rules.check()}. */
    Checked check(Rules rules) {
        rules.required("name", name).maxLength("name", name, 200).required("engagementId", engagementId)
                .maxLength("location", location, 200);
        GroupKind parsedKind = parse(rules, "kind", kind, GroupKind.class, null);
        MeetingMethod method = parse(rules, "defaultMethod", defaultMethod, MeetingMethod.class, MeetingMethod.PEER_COACHING);
        MeetingInterval parsedInterval = parse(rules, "interval", interval, MeetingInterval.class, MeetingInterval.MONTHLY);
        MeetingMode parsedMode = parse(rules, "mode", mode, MeetingMode.class, MeetingMode.IN_PERSON);
        GroupStatus parsedStatus = parse(rules, "status", status, GroupStatus.class, GroupStatus.PLANNED);
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
        LocalDate from = null;
        if (start == null || start.isBlank()) {
            rules.required("start", start);
        } else {
            try {
                from = LocalDate.parse(start.trim());
            } catch (DateTimeParseException e) {
                rules.add(Violation.of(GroupsTexts.RULES, "start", "date"));
            }
        }
        if (parsedMode == MeetingMode.IN_PERSON && (location == null || location.isBlank())) {
            rules.add(Violation.of(GroupsTexts.RULES, "location", "group.locationRequired"));
        }
        if (!rules.violations().isEmpty()) {
            return null;
        }
        return new Checked(name.trim(), engagementId, parsedKind, parsedKind == GroupKind.SUBJECT_SPECIFIC ? subjectAreaId : null,
                parsedKind == GroupKind.SUBJECT_SPECIFIC && Boolean.TRUE.equals(competenceRequired), method, plannedMeetings,
                parsedInterval, minutes, from, parsedMode, location == null || location.isBlank() ? null : location.trim(), parsedStatus);
    }

    private static <E extends Enum<E>> E parse(Rules rules, String field, String value, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                rules.required(field, value);
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            rules.add(Violation.of(GroupsTexts.RULES, field, "oneOf",
                    String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return fallback;
        }
    }
}
