package no.ledernett.groups;

import java.io.Serializable;

/** Filters for the group list; every part is optional. */
public record GroupSearch(String text, String municipality, GroupKind kind, GroupStatus status, Long adviserId, Boolean withoutAdviser) implements Serializable {
}
