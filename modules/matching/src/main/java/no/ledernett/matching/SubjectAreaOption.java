package no.ledernett.matching;

import java.io.Serializable;

/** A subject area as a choice or a name for another module; inactive ones are kept for what already names them. */
public record SubjectAreaOption(long id, String name, boolean active) implements Serializable {
}
