package no.ledernett.sessions;

import java.io.Serializable;

/** Fired, in the logging transaction, when hours are logged against an engagement (a meeting or coaching session held). */
public record HoursLogged(long engagementId) implements Serializable {
}
