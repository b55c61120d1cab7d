package no.ledernett.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/**
 * Started once the schema is migrated and the modules have started (demo data loaded where
 * asked for). Until then a Kubernetes startup probe holds back the liveness probe.
 */
@Startup
@ApplicationScoped
public class StartupCheck implements HealthCheck {

    @Inject
    DatabaseStartup startup;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("startup")
                .status(startup.isStarted())
                .withData("schemaMigrated", startup.isMigrated())
                .build();
    }
}
