package no.ledernett.accounts;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ledernett.platform.ApplicationStarted;
import no.ledernett.platform.Cluster;

/**
 * Which sign-ins are over because the account's credentials changed since: for each such account
 * the lowest credentials stamp still valid, in memory, so checking a session on every request costs
 * no SQL. Every instance learns of a change at once from the cluster's data grid (a topic), and
 * within {@link #POLL_SECONDS} from the database in case it missed the message (started later, or
 * the grid was split): the database is the truth, the message only makes it quick.
 */
@ApplicationScoped
public class SessionRevocations {

    private static final Logger LOG = Logger.getLogger(SessionRevocations.class.getName());
    private static final String CHANNEL = "ledernett.credentials-changed";
    static final int POLL_SECONDS = 5;
    /** Instances' clocks and slow commits: a change is read again for this long after its timestamp. */
    private static final long OVERLAP_SECONDS = 60;

    private final Map<Long, Long> validFrom = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    Cluster cluster;

    /** Through the container, so the read runs in a transaction: a bare EntityManager on a scheduler thread is closed. */
    @Inject
    SessionRevocations self;

    private volatile Object subscription;
    private volatile Instant polled;
    private volatile boolean failing;
    private ScheduledFuture<?> task;

    /** Whether this sign-in still stands: the account's credentials have not changed since. */
    public boolean valid(SignedInUser user) {
        Long userId = user.viewer().userId();
        if (userId == null) {
            return true;
        }
        Long from = validFrom.get(userId);
        return from == null || user.credentials() >= from;
    }

    /** Told only once the change is committed: a rolled-back change must not end anyone's sessions. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CredentialsChanged change) {
        learn(change.userId(), change.stamp());
        cluster.publish(CHANNEL, change.userId() + ":" + change.stamp());
    }

    void learn(long userId, long stamp) {
        validFrom.merge(userId, stamp, Math::max);
    }

    void start(@Observes ApplicationStarted started) throws javax.naming.NamingException {
        subscription = cluster.subscribe(CHANNEL, message -> {
            String[] parts = message.split(":");
            try {
                learn(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                LOG.warning("Ignored a malformed message on " + CHANNEL + ": " + message);
            }
        });
        poll();
        // Looked up rather than injected: Payara does not resolve @Resource(lookup) for this type in library jars.
        ManagedScheduledExecutorService scheduler = javax.naming.InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
        task = scheduler.scheduleWithFixedDelay(this::poll, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
        cluster.unsubscribe(subscription);
    }

    /** The first time every account whose credentials ever changed; then those changed since the last time. */
    void poll() {
        Instant now = Instant.now();
        try {
            self.changedSince(polled == null ? null : polled.minusSeconds(OVERLAP_SECONDS))
                    .forEach(r -> learn((Long) r[0], ((Number) r[1]).longValue()));
            polled = now;
            failing = false;
        } catch (RuntimeException e) {
            // Told once per outage, not every few seconds; the grid's messages still arrive meanwhile.
            LOG.log(failing ? Level.FINE : Level.WARNING, "Could not read changed credentials from the database; the next poll tries again", e);
            failing = true;
        }
    }

    /** Accounts (id, stamp) whose credentials changed since then; every one that ever changed when since is null. */
    @Transactional
    public List<Object[]> changedSince(Instant since) {
        return since == null
                ? em.createQuery("SELECT u.id, u.credentialsStamp FROM UserAccount u WHERE u.credentialsStamp > 0", Object[].class).getResultList()
                : em.createQuery("SELECT u.id, u.credentialsStamp FROM UserAccount u WHERE u.credentialsChanged >= :since", Object[].class)
                        .setParameter("since", since).getResultList();
    }
}
