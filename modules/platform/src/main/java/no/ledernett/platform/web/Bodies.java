package no.ledernett.platform.web;

import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Violation;

/** Request bodies of the JSON API. */
public final class Bodies {

    private Bodies() {
    }

    /** The body, or a 400 naming it: JSON-B gives null for an empty body, which a resource would otherwise meet as a 500. */
    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException(Violation.of("body", "required"));
        }
        return body;
    }
}
