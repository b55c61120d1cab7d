package no.ledernett.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready from the moment the JVM is asked to stop (SIGTERM): Payara Micro then keeps serving
 * for its shutdown grace period (run-production.sh: 10 s) so requests in flight finish, while
 * readiness tells load balancers to send no new ones.
 */
@Readiness
@ApplicationScoped
public class ShutdownReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ShutdownReadiness.class.getName());

    private volatile boolean stopping;
    private Thread hook;

    void watch(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        hook = new Thread(() -> {
            stopping = true;
            LOG.info("Shutting down: readiness DOWN, requests in flight may finish");
        }, "ledernett-shutdown-readiness");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    void unwatch(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownUnderWay) {
            // The JVM is stopping: the hook has run or is running.
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("shutdown").status(!stopping).withData("stopping", stopping).build();
    }
}
