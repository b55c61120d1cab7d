package no.ledernett.platform;

/**
 * An update came without the version the caller read. Refused rather than applied blindly,
 * because an update without a version would silently overwrite whatever changed since.
 */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("an update must name the version it was based on (the body's version or If-Match)");
    }
}
