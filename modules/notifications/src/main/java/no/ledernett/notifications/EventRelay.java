package no.ledernett.notifications;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ledernett.platform.ApplicationStarted;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells what {@link Events} wrote down, on a thread of its own: started right after the commit that
 * wrote an event (the request that caused it does not wait) and every
 * {@code ledernett.notifications.poll-seconds} on every instance, for what a stopped instance left.
 * Each event is claimed before it is told ({@link EventQueue#claim}), and each person is told once
 * per event whoever tells ({@link Notifications#tell}), so instances may relay side by side.
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

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile ManagedExecutorService executor;
    private ScheduledFuture<?> task;

    void start(@Observes ApplicationStarted started) throws javax.naming.NamingException {
        // Looked up here rather than injected: Payara does not resolve @Resource(lookup) for these types in library jars.
        executor = javax.naming.InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        ManagedScheduledExecutorService scheduler = javax.naming.InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
        long seconds = Math.max(1, pollSeconds);
        task = scheduler.scheduleWithFixedDelay(this::relay, seconds, seconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** After the commit: hand the work to another thread and return; the committing thread does nothing transactional here. */
    void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) Events.Written written) {
        ManagedExecutorService pool = executor;
        if (pool == null) {
            return; // before start-up: the first scheduled run tells it
        }
        try {
            pool.execute(this::relay);
        } catch (RejectedExecutionException e) {
            LOG.fine("Relay not started now (" + e + "); the next scheduled run tells it");
        }
    }

    /** Tells everything waiting; one run at a time per instance, and a call during a run makes it look once more. */
    public void relay() {
        wanted.set(true);
        while (wanted.get() && running.compareAndSet(false, true)) {
            try {
                while (wanted.getAndSet(false)) {
                    relayDue();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Telling waiting notifications failed; the next run tries again", e);
            } finally {
                running.set(false);
            }
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
