package no.ledernett.groups;

import java.io.Serializable;
import java.time.LocalDate;

/** One row of the group list, with the names of what it refers to. */
public record GroupSummary(long id, String name, String municipality, String municipalityName, GroupKind kind, Long subjectAreaId,
                           String subjectArea, GroupStatus status, LocalDate start, Long adviserId, String adviserName, long members) implements Serializable {
}
