package no.ledernett.groups;

/** Fagspesifikk (one sector, with its subject area) or tverrfaglig (across sectors). */
public enum GroupKind {
    SUBJECT_SPECIFIC,
    CROSS_DISCIPLINARY
}
