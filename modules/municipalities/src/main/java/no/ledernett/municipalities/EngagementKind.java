package no.ledernett.municipalities;

/** What the municipality bought. */
public enum EngagementKind {
    NETWORK_GROUPS,
    INDIVIDUAL_COACHING,
    NETWORK_GROUPS_AND_COACHING
}
