package no.ledernett.platform;

/** The asked-for thing does not exist (or is not visible to whoever asks). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
