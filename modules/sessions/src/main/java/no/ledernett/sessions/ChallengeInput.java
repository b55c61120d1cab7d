package no.ledernett.sessions;

import java.io.Serializable;
import no.ledernett.platform.Rules;

/** A challenge as a leader (or someone on their behalf) writes it. */
public record ChallengeInput(Long leaderId, String title, String description, String helpWanted) implements Serializable {

    void check() {
        new Rules().required("leaderId", leaderId)
                .required("title", title).maxLength("title", title, 200)
                .maxLength("description", description, 4000)
                .maxLength("helpWanted", helpWanted, 2000)
                .check();
    }
}
