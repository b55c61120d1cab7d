package no.ledernett.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import no.ledernett.platform.Audited;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;

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

    @Inject
    Event<Audited> audit;

    /**
     * The outbox as staff search it: by recipient or subject, and by status, newest first, paged in
     * the database (a count and a page: two statements). Bodies may name people: staff only.
     */
    public Page<OutgoingMail> search(Viewer viewer, String text, OutgoingMail.Status status, PageRequest paging) {
        staffOnly(viewer);
        long total = filtered("SELECT COUNT(m)", "", text, status, Long.class).getSingleResult();
        List<OutgoingMail> items = filtered("SELECT m", " ORDER BY m.createdAt DESC, m.id DESC", text, status, OutgoingMail.class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    public long count(Viewer viewer, String text, OutgoingMail.Status status) {
        staffOnly(viewer);
        return filtered("SELECT COUNT(m)", "", text, status, Long.class).getSingleResult();
    }

    /** Mails given up after their last attempt, in one statement. */
    public long failed() {
        return em.createQuery("SELECT COUNT(m) FROM OutgoingMail m WHERE m.status = :failed", Long.class)
                .setParameter("failed", OutgoingMail.Status.FAILED).getSingleResult();
    }

    /** Sends a mail that was given up again, from its first attempt. Only a failed mail: a sent one is never sent twice. */
    @Transactional
    public OutgoingMail resend(Viewer viewer, long id) {
        staffOnly(viewer);
        OutgoingMail mail = em.find(OutgoingMail.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (mail == null) {
            throw new NotFoundException("Mail", id);
        }
        if (mail.getStatus() != OutgoingMail.Status.FAILED) {
            throw new InvalidInputException(Violation.of(MailTexts.RULES, "status", "mail.notFailed"));
        }
        mail.resend();
        audit.fire(new Audited(viewer, "mail.resend", "mail:" + id));
        return mail;
    }

    private static void staffOnly(Viewer viewer) {
        if (viewer == null || !viewer.is(Viewer.Role.STAFF)) {
            throw new NotFoundException("Mail", 0);
        }
    }

    private <T> TypedQuery<T> filtered(String select, String order, String text, OutgoingMail.Status status, Class<T> type) {
        String q = text == null ? "" : text.replaceAll("\\p{Cntrl}", "").trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        String where = " FROM OutgoingMail m WHERE 1 = 1"
                + (q.isEmpty() ? "" : " AND (LOWER(m.recipient) LIKE :q OR LOWER(m.subject) LIKE :q)")
                + (status == null ? "" : " AND m.status = :s");
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (!q.isEmpty()) {
            query.setParameter("q", "%" + q + "%");
        }
        if (status != null) {
            query.setParameter("s", status);
        }
        return query;
    }

    public List<OutgoingMail> recent(int max) {
        return em.createQuery("SELECT m FROM OutgoingMail m ORDER BY m.createdAt DESC, m.id DESC", OutgoingMail.class)
                .setMaxResults(max).getResultList();
    }
}
