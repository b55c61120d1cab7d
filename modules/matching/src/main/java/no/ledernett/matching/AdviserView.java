package no.ledernett.matching;

import java.io.Serializable;

/**
 * An adviser as another module needs them: name, how to reach them, whether they take work. Other
 * modules work with advisers by id and this record, never the {@link Adviser} entity.
 */
public record AdviserView(long id, String name, String email, boolean active) implements Serializable {

    static AdviserView of(Adviser adviser) {
        return new AdviserView(adviser.getId(), adviser.getName(), adviser.getEmail(), adviser.isActive());
    }
}
