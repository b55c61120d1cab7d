package no.ledernett.groups;

import java.io.Serializable;
import java.time.LocalDate;

/** A member as the group page shows them. */
public record MemberView(long membershipId, long leaderId, String name, String positionTitle, String unit, Long sectorId, String sector,
                         Long reportsToId, LocalDate joined, LocalDate left) implements Serializable {

    public boolean isCurrent() {
        return left == null;
    }
}
