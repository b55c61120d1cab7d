package no.ledernett.matching;

import java.io.Serializable;

/**
 * How to reach an adviser: what another module shows of them (the portal's "who to contact"),
 * without the entity and its lazy collections.
 */
public record AdviserCard(long id, String name, String title, String email, String phone) implements Serializable {

    static AdviserCard of(Adviser a) {
        return new AdviserCard(a.getId(), a.getName(), a.getTitle(), a.getEmail(), a.getPhone());
    }
}
