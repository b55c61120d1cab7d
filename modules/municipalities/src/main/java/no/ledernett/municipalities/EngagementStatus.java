package no.ledernett.municipalities;

import java.util.EnumSet;
import java.util.Set;

public enum EngagementStatus {
    DRAFT,
    ACTIVE,
    COMPLETED,
    CANCELLED;

    /** A municipality with an engagement in one of these counts as a client. */
    public static final Set<EngagementStatus> CURRENT = EnumSet.of(DRAFT, ACTIVE);
}
