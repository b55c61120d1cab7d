package no.ledernett.notifications;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ledernett.platform.ApplicationStarted;
import no.ledernett.platform.Cluster;
import no.ledernett.platform.NorwegianTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The notifications no single change causes, found by looking every
 * {@code ledernett.notifications.check-minutes}: meetings whose intake closed with no challenge, and
 * invitations not taken up after {@code ledernett.notifications.invitation-days}. In a cluster the
 * leading instance looks; should two briefly both lead, the unique key of each notification still
 * tells everyone once ({@link Notifications#tell}).
 */
@ApplicationScoped
public class NotificationChecks {

    private static final Logger LOG = Logger.getLogger(NotificationChecks.class.getName());

    @Inject
    Occurrences occurrences;

    @Inject
    Notifications notifications;

    @Inject
    Cluster cluster;

    @Inject
    @ConfigProperty(name = "ledernett.notifications.check-minutes", defaultValue = "10")
    int checkMinutes;

    @Inject
    @ConfigProperty(name = "ledernett.notifications.invitation-days", defaultValue = "7")
    int invitationDays;

    private ScheduledFuture<?> task;

    void start(@Observes ApplicationStarted started) throws javax.naming.NamingException {
        // Looked up here rather than injected: Payara does not resolve @Resource(lookup) for this type in library jars.
        ManagedScheduledExecutorService scheduler = javax.naming.InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
        long minutes = Math.max(1, checkMinutes);
        task = scheduler.scheduleWithFixedDelay(this::tick, minutes, minutes, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void tick() {
        if (!cluster.leads()) {
            return;
        }
        try {
            int told = check();
            if (told > 0) {
                LOG.info("Scheduled check told " + told + " people of empty intakes or invitations not taken up");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification check failed; the next run tries again", e);
        }
    }

    /** Looks now; returns how many were told something new. Repeating it tells nobody twice. */
    public int check() {
        int told = 0;
        for (Occurrences.Addressed a : occurrences.emptyIntakes(NorwegianTime.now())) {
            told += notifications.tell(a.notice(), a.recipients());
        }
        for (Occurrences.Addressed a : occurrences.pendingInvitations(Instant.now().minus(Duration.ofDays(Math.max(0, invitationDays))))) {
            told += notifications.tell(a.notice(), a.recipients());
        }
        return told;
    }
}
