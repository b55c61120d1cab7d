package no.ledernett.notifications;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ledernett.platform.ApplicationStarted;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells what {@link Events} wrote down, on the container's scheduler: within a second of the commit
 * that wrote an event on this instance, and every {@code ledernett.notifications.poll-seconds} for
 * what other instances wrote or a stopped one left. Each event is claimed before it is told
 * ({@link EventQueue#claim}), and each person is told once per event whoever tells
 * ({@link Notifications#tell}), so instances may relay side by side.
 *
 * <p>The committing request only sets a flag. Handing the work to the managed executor from the
 * commit's callback instead let the task share the request's invocation context, and its end
 * closed the entity manager the request was still rendering with (now and then, in
 * PortalScreensIT): nothing of the container is touched on the request's thread here.
 */
@ApplicationScoped
public class EventRelay {

    private static final Logger LOG = Logger.getLogger(EventRelay.class.getName());

    @Inject
    EventQueue queue;

    @Inject
    Occurrences occurrences;

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "ledernett.notifications.poll-seconds", defaultValue = "10")
    int pollSeconds;

    /** Set after a commit that wrote an event on this instance. */
    private final AtomicBoolean written = new AtomicBoolean();
    /** Seconds since the last look; touched only by the scheduler's one task. */
    private int idleSeconds;
    private ScheduledFuture<?> task;

    void start(@Observes ApplicationStarted started) throws javax.naming.NamingException {
        // Looked up here rather than injected: Payara does not resolve @Resource(lookup) for this type in library jars.
        ManagedScheduledExecutorService scheduler = javax.naming.InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
        task = scheduler.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) Events.Written event) {
        written.set(true);
    }

    /** Once a second: looks when something was written here, or when the poll interval has passed. */
    void tick() {
        if (!written.getAndSet(false) && ++idleSeconds < Math.max(1, pollSeconds)) {
            return;
        }
        idleSeconds = 0;
        try {
            relayDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Telling waiting notifications failed; the next run tries again", e);
        }
    }

    private void relayDue() {
        List<EventQueue.Waiting> due;
        do {
            due = queue.due(50);
            for (EventQueue.Waiting event : due) {
                if (queue.claim(event.id())) {
                    tell(event);
                }
            }
        } while (due.size() == 50);
    }

    private void tell(EventQueue.Waiting event) {
        try {
            for (Occurrences.Addressed a : occurrences.of(event)) {
                notifications.tell(a.notice(), a.recipients());
            }
            queue.done(event.id());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification event " + event.id() + " (" + event.kind() + ") not told, attempt " + (event.attempts() + 1)
                    + (event.attempts() + 1 >= EventQueue.MAX_ATTEMPTS ? "; given up" : "; tried again later"), e);
            queue.failed(event.id(), e);
        }
    }
}
