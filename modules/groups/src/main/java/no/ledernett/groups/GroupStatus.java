package no.ledernett.groups;

import java.util.EnumSet;
import java.util.Set;

public enum GroupStatus {
    PLANNED,
    ACTIVE,
    COMPLETED,
    CANCELLED;

    /** Groups that still need (or have) an adviser's time. */
    public static final Set<GroupStatus> RUNNING = EnumSet.of(PLANNED, ACTIVE);
}
