package no.ledernett.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import no.ledernett.platform.NorwegianTime;

/**
 * The table of events waiting to be told, and the claim that lets one relay, on one instance of a
 * cluster, tell each: a conditional update that only one writer can win. A claim left by an
 * instance that stopped mid-way goes stale and is taken again; an event that keeps failing is given
 * up after {@link #MAX_ATTEMPTS} (its row stays, with its last error, for an operator).
 */
@ApplicationScoped
public class EventQueue {

    static final int MAX_ATTEMPTS = 5;
    static final Duration STALE = Duration.ofMinutes(5);

    /** What a relay needs of one event: read once, before the claim. */
    public record Waiting(long id, PendingEvent.Kind kind, long refId, Long otherId, String text, int attempts) {
    }

    @PersistenceContext
    EntityManager em;

    /** In the caller's transaction: the change that caused the event and the event commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(PendingEvent event) {
        em.persist(event);
    }

    /** The oldest events nobody holds, at most {@code max}. */
    @Transactional
    public List<Waiting> due(int max) {
        return em.createQuery("SELECT e FROM PendingEvent e WHERE e.attempts < :max AND (e.claimedAt IS NULL OR e.claimedAt < :stale) ORDER BY e.id",
                        PendingEvent.class)
                .setParameter("max", MAX_ATTEMPTS).setParameter("stale", NorwegianTime.now().minus(STALE))
                .setMaxResults(max).getResultStream()
                .map(e -> new Waiting(e.getId(), e.getKind(), e.getRefId(), e.getOtherId(), e.getText(), e.getAttempts())).toList();
    }

    /** Whether this caller now holds the event: true for exactly one of any number of callers at once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long id) {
        return em.createQuery("UPDATE PendingEvent e SET e.claimedAt = :now, e.attempts = e.attempts + 1 "
                        + "WHERE e.id = :id AND e.attempts < :max AND (e.claimedAt IS NULL OR e.claimedAt < :stale)")
                .setParameter("now", NorwegianTime.now()).setParameter("id", id).setParameter("max", MAX_ATTEMPTS)
                .setParameter("stale", NorwegianTime.now().minus(STALE)).executeUpdate() == 1;
    }

    /** Told: the event is gone. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void done(long id) {
        em.createQuery("DELETE FROM PendingEvent e WHERE e.id = :id").setParameter("id", id).executeUpdate();
    }

    /** Not told this time: free for the next relay, with what went wrong. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, RuntimeException e) {
        String error = (e.getClass().getSimpleName() + ": " + e.getMessage());
        em.createQuery("UPDATE PendingEvent e SET e.claimedAt = NULL, e.lastError = :error WHERE e.id = :id")
                .setParameter("error", error.length() <= 500 ? error : error.substring(0, 500)).setParameter("id", id).executeUpdate();
    }
}
