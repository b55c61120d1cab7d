package no.ledernett.matching;

import java.io.Serializable;

/** A batch proposal just sent, as another module needs it: where to find it and how many needs went. */
public record ProposalSent(long id, int needs) implements Serializable {
}
