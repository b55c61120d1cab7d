package no.ledernett.platform;

/**
 * Someone else changed the same record since it was read. Raised instead of overwriting
 * their change silently.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }
}
