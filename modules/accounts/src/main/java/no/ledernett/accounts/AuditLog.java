package no.ledernett.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.ledernett.platform.Audited;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;

/**
 * The audit log: every sign-in, every read and change of confidential text, every change of a
 * user. Written in its own transaction, so a read is logged even when nothing else is written, and
 * a failed change still leaves the attempt on record. Who did it is the e-mail of the user signed
 * in for this request when the event is theirs (an account's e-mail never changes), else read from
 * the account.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentViewer current;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void record(@Observes Audited event) {
        Long userId = event.viewer() == null ? null : event.viewer().userId();
        SignedInUser signedIn = userId == null ? null : current.user();
        String who = userId == null ? "system"
                : signedIn != null && userId.equals(signedIn.viewer().userId()) ? signedIn.email()
                : em.createQuery("SELECT u.email FROM UserAccount u WHERE u.id = :id", String.class)
                        .setParameter("id", userId).getResultStream().findFirst().orElse("user:" + userId);
        if (event.viewer() != null && event.viewer().userId() == null && event.subject() != null && event.subject().startsWith("email:")) {
            who = event.subject().substring(6);
        }
        em.persist(new AuditEntry(Instant.now(), userId, who, event.action(), event.subject(),
                event.viewer() == null ? null : event.viewer().roleName()));
    }

    /** Newest first; filter by who (e-mail contains) and action (starts with). */
    public Page<AuditEntry> search(String who, String action, PageRequest paging) {
        long total = filtered("SELECT COUNT(a)", "", who, action, Long.class).getSingleResult();
        List<AuditEntry> items = filtered("SELECT a", " ORDER BY a.at DESC, a.id DESC", who, action, AuditEntry.class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    private <T> TypedQuery<T> filtered(String select, String order, String who, String action, Class<T> type) {
        String w = who == null ? "" : who.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        String a = action == null ? "" : action.trim().replace("%", "").replace("_", "");
        TypedQuery<T> query = em.createQuery(select + " FROM AuditEntry a WHERE 1 = 1" + (w.isEmpty() ? "" : " AND LOWER(a.who) LIKE :w")
                + (a.isEmpty() ? "" : " AND a.action LIKE :a") + order, type);
        if (!w.isEmpty()) {
            query.setParameter("w", "%" + w + "%");
        }
        if (!a.isEmpty()) {
            query.setParameter("a", a + "%");
        }
        return query;
    }

    /** How many times each action happened since a moment: for the staff overview and tests. */
    public Map<String, Long> countsSince(Instant since) {
        return em.createQuery("SELECT a.action, COUNT(a) FROM AuditEntry a WHERE a.at >= :s GROUP BY a.action", Object[].class)
                .setParameter("s", since).getResultList().stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
    }
}
