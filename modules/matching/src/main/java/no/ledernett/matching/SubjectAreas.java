package no.ledernett.matching;

import no.ledernett.platform.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Violation;

/** The managed list of subject areas. */
@ApplicationScoped
public class SubjectAreas {

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,40}");

    @PersistenceContext
    EntityManager em;

    /**
     * Every subject area, in order. Read once per transaction: a page or endpoint that reads
     * together (one persistence context) asks several services for sector and area names, and
     * the list is small; it is not kept longer, as each instance of a cluster would keep its own.
     */
    public List<SubjectArea> all() {
        TransactionSynchronizationRegistry tx = transactions();
        boolean inTransaction = tx != null && tx.getTransactionKey() != null;
        if (inTransaction && tx.getResource(READ) instanceof List<?> known) {
            @SuppressWarnings("unchecked")
            List<SubjectArea> areas = (List<SubjectArea>) known;
            return areas;
        }
        List<SubjectArea> areas = em.createQuery("SELECT s FROM SubjectArea s ORDER BY s.sortOrder, s.name", SubjectArea.class).getResultList();
        if (inTransaction) {
            tx.putResource(READ, areas);
        }
        return areas;
    }

    private static final Object READ = SubjectAreas.class.getName() + ".all";

    private volatile TransactionSynchronizationRegistry transactions;

    private TransactionSynchronizationRegistry transactions() {
        if (transactions == null) {
            try {
                transactions = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
            } catch (NamingException e) {
                return null;
            }
        }
        return transactions;
    }

    /** After a change in this transaction, the next {@link #all()} reads again. */
    private void forget() {
        TransactionSynchronizationRegistry tx = transactions();
        if (tx != null && tx.getTransactionKey() != null) {
            tx.putResource(READ, Boolean.FALSE);
        }
    }

    public List<SubjectArea> active() {
        return all().stream().filter(SubjectArea::isActive).toList();
    }

    /** Every subject area as a choice, in order, from {@link #all()} (no statement of its own). */
    public List<SubjectAreaOption> options() {
        return all().stream().map(a -> new SubjectAreaOption(a.getId(), a.getName(), a.isActive())).toList();
    }

    public SubjectArea get(long id) {
        SubjectArea area = em.find(SubjectArea.class, id);
        if (area == null) {
            throw new NotFoundException("Subject area", id);
        }
        return area;
    }

    /** Resolves an id given as input, naming the field when it is unknown. */
    SubjectArea require(String field, Long id) {
        SubjectArea area = id == null ? null : em.find(SubjectArea.class, id);
        if (area == null) {
            throw new InvalidInputException(Violation.of(MatchingTexts.RULES, field, "subject.unknown", id));
        }
        return area;
    }

    @Transactional
    public SubjectArea create(String code, String name) {
        Rules rules = new Rules().required("code", code).required("name", name).maxLength("name", name, 100);
        if (code != null && !code.isBlank() && !CODE.matcher(code.trim()).matches()) {
            rules.add(Violation.of(MatchingTexts.RULES, "code", "code.format"));
        }
        rules.check();
        if (!em.createQuery("SELECT s FROM SubjectArea s WHERE s.code = :c", SubjectArea.class).setParameter("c", code.trim()).getResultList().isEmpty()) {
            throw new InvalidInputException(Violation.of(MatchingTexts.RULES, "code", "code.taken", code.trim()));
        }
        int next = all().stream().mapToInt(SubjectArea::getSortOrder).max().orElse(0) + 10;
        SubjectArea area = new SubjectArea(code.trim(), name.trim(), next);
        em.persist(area);
        forget();
        return area;
    }

    @Transactional
    public SubjectArea update(long id, String name, boolean active, long version) {
        new Rules().required("name", name).maxLength("name", name, 100).check();
        SubjectArea area = get(id);
        if (version != area.getVersion()) {
            throw new ConflictException("Subject area", id);
        }
        area.rename(name.trim());
        area.setActive(active);
        forget();
        return area;
    }
}
