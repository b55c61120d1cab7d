package no.ledernett.matching;

import java.io.Serializable;
import java.util.List;

/**
 * Fired, inside the publishing transaction, when staff publish a proposal. The module that owns
 * each need (a group, a coaching course) observes it and records the adviser; an observer that
 * throws undoes the whole publication.
 */
public record AssignmentsPublished(long proposalId, List<Assignment> assignments) implements Serializable {

    /** An adviser given to the need with this reference, e.g. {@code group:42}. */
    public record Assignment(String reference, long adviserId) implements Serializable {
    }

    public AssignmentsPublished {
        assignments = List.copyOf(assignments);
    }
}
