package no.ledernett.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Puts e-mails in the outbox, in the caller's transaction, at most once per dedupe key. */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    /** @param dedupeKey says what the mail is about, e.g. {@code reminder:meeting:12:leader:5}; a second mail with the same key is not queued */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean queue(String dedupeKey, String recipient, String subject, String body, String calendar) {
        if (recipient == null || recipient.isBlank()) {
            return false;
        }
        boolean known = !em.createQuery("SELECT m.id FROM OutgoingMail m WHERE m.dedupeKey = :k", Long.class)
                .setParameter("k", dedupeKey).getResultList().isEmpty();
        if (known) {
            return false;
        }
        em.persist(new OutgoingMail(dedupeKey, recipient.trim(), subject, body, calendar));
        return true;
    }

    public List<OutgoingMail> recent(int max) {
        return em.createQuery("SELECT m FROM OutgoingMail m ORDER BY m.createdAt DESC, m.id DESC", OutgoingMail.class)
                .setMaxResults(max).getResultList();
    }
}
