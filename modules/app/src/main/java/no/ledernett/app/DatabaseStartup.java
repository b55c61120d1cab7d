package no.ledernett.app;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.ledernett.platform.ApplicationStarted;
import no.ledernett.platform.DemoDataRequested;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database, then asks the
 * modules for demo data when this is a demo database. Migrations live in each module under
 * {@code db/migration/<module>}; versions are dates, so their order across modules is the order
 * in which they were written.
 */
@ApplicationScoped
public class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = LedernettDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "ledernett.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "ledernett.demo-data")
    String demoData;

    @Inject
    Event<DemoDataRequested> demo;

    @Inject
    Event<ApplicationStarted> started;

    private volatile boolean migrated;
    private volatile boolean running;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
        migrated = true;
        if (wantsDemoData()) {
            demo.fire(new DemoDataRequested());
        }
        started.fire(new ApplicationStarted());
        running = true;
    }

    boolean wantsDemoData() {
        return switch (demoData.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> url.startsWith("jdbc:h2:");
        };
    }

    public boolean isMigrated() {
        return migrated;
    }

    /** Migrated, and every module has handled {@link ApplicationStarted}. */
    public boolean isStarted() {
        return running;
    }
}
