package no.ledernett.app;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schema is migrated and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = LedernettDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DatabaseStartup startup;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (!startup.isMigrated()) {
            return response.down().withData("reason", "schema not migrated yet").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return response.status(connection.isValid(2)).build();
        } catch (Exception e) {
            return response.down().withData("reason", e.getClass().getSimpleName()).build();
        }
    }
}
