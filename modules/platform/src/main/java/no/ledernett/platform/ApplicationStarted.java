package no.ledernett.platform;

import java.io.Serializable;

/**
 * Fired once the database is migrated at start-up. Background work (mail, schedules) starts on
 * this event rather than on CDI's own start event: it needs the schema, and Payara injects
 * resources into beans of the module jars reliably only from here on.
 */
public record ApplicationStarted() implements Serializable {
}
