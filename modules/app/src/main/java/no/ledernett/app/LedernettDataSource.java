package no.ledernett.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source. Every attribute comes from MicroProfile Config, so the same
 * WAR runs on the embedded H2 database or on PostgreSQL by environment alone.
 *
 * <p>Database outages: every connection is validated with JDBC 4 {@code isValid} (a round trip to
 * the database; {@code meta-data} validation does not reach the PostgreSQL server) before it is
 * handed out, and the first broken one makes the pool drop all of them. So while the database is
 * down requests fail at once (503, see {@code DatabaseFailures}) instead of on stale connections,
 * and the first request after it is back gets a fresh connection: recovery needs no restart.
 * A request waits at most 3 s for a connection (Payara's default is 60 s): during an outage the
 * pool keeps trying to open one until then, so that is how long a 503 takes.
 */
@DataSourceDefinition(
        name = LedernettDataSource.JNDI_NAME,
        className = "${MPCONFIG=ledernett.db.datasource}",
        url = "${MPCONFIG=ledernett.db.url}",
        user = "${MPCONFIG=ledernett.db.user}",
        password = "${MPCONFIG=ledernett.db.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=3000"
        })
@ApplicationScoped
public class LedernettDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/ledernett";
}
