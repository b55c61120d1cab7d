package no.ledernett.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source. Every attribute comes from MicroProfile Config, so the same
 * WAR runs on the embedded H2 database or on PostgreSQL by environment alone.
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
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class LedernettDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/ledernett";
}
