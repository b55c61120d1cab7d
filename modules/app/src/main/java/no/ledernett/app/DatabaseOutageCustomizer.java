package no.ledernett.app;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read outside a transaction after a communication failure, three times
 * with 5 s between attempts: while the database is down every such read held its request for
 * 10–15 s before failing. The container's pool validates each connection before handing it out,
 * so a retry gains nothing; without it an outage is answered (503) in milliseconds.
 * Plugged in by the {@code eclipselink.session.customizer} property in persistence.xml.
 */
public class DatabaseOutageCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
