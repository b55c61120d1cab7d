package no.ledernett.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Violation;

/** The consultancy's advisers and their competences. */
@ApplicationScoped
public class Advisers {

    @PersistenceContext
    EntityManager em;

    @Inject
    SubjectAreas subjectAreas;

    public Page<Adviser> search(AdviserSearch search, PageRequest paging) {
        long total = query(search, "SELECT COUNT(a) FROM Adviser a", "", Long.class).getSingleResult();
        // The page's absences in one more statement (IN on the page's ids), not one per adviser.
        List<Adviser> items = query(search, "SELECT a FROM Adviser a", " ORDER BY a.name, a.id", Adviser.class)
                .setHint("eclipselink.batch", "a.absences").setHint("eclipselink.batch.type", "IN")
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    private <T> TypedQuery<T> query(AdviserSearch search, String select, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        String text = search.text() == null ? "" : search.text().trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        if (!text.isEmpty()) {
            where.append(" AND (LOWER(a.name) LIKE :text OR LOWER(a.title) LIKE :text OR LOWER(a.email) LIKE :text)");
        }
        if (search.subjectAreaId() != null) {
            where.append(" AND EXISTS (SELECT c FROM Competence c WHERE c.adviser = a AND c.subjectArea.id = :area AND c.level >= :level)");
        }
        if (search.active() != null) {
            where.append(" AND a.status = :status");
        }
        TypedQuery<T> q = em.createQuery(select + where + order, type);
        if (!text.isEmpty()) {
            q.setParameter("text", "%" + text + "%");
        }
        if (search.subjectAreaId() != null) {
            q.setParameter("area", search.subjectAreaId()).setParameter("level", search.minLevel() == null ? 1 : search.minLevel());
        }
        if (search.active() != null) {
            q.setParameter("status", search.active() ? Adviser.ACTIVE : Adviser.INACTIVE);
        }
        return q;
    }

    /** Every adviser (or the active ones) by name, for a choice list: one statement, no count. */
    /** Advisers to choose from, by name. */
    public List<AdviserOption> options(boolean activeOnly) {
        var query = em.createQuery("SELECT a.id, a.name FROM Adviser a" + (activeOnly ? " WHERE a.status = :status" : "") + " ORDER BY a.name, a.id",
                Object[].class);
        return (activeOnly ? query.setParameter("status", Adviser.ACTIVE) : query).getResultStream()
                .map(r -> new AdviserOption((Long) r[0], (String) r[1])).toList();
    }

    /** Advisers by name, title or e-mail, for the search across everything: id, name, title, e-mail; one statement. */
    public List<Object[]> find(String text, int max) {
        return em.createQuery("SELECT a.id, a.name, a.title, a.email FROM Adviser a WHERE LOWER(a.name) LIKE :q OR LOWER(a.email) LIKE :q "
                        + "OR LOWER(a.title) LIKE :q ORDER BY a.name, a.id", Object[].class)
                .setParameter("q", no.ledernett.platform.SearchSource.pattern(text)).setMaxResults(max).getResultList();
    }

    public Adviser get(long id) {
        Adviser adviser = em.find(Adviser.class, id);
        if (adviser == null) {
            throw new NotFoundException("Adviser", id);
        }
        return adviser;
    }

    /** An adviser with the absences read in the same statement, for a page that shows them. */
    public Adviser withAbsences(long id) {
        return em.createQuery("SELECT a FROM Adviser a LEFT JOIN FETCH a.absences WHERE a.id = :id", Adviser.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Adviser", id));
    }

    /** An adviser as another module sees them (see {@link AdviserView}). */
    public AdviserView view(long id) {
        return AdviserView.of(get(id));
    }

    /** Advisers' names by id: one statement; an unknown id is simply missing. */
    public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("SELECT a.id, a.name FROM Adviser a WHERE a.id IN :ids", Object[].class).setParameter("ids", ids).getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    /** One adviser's contact details, for another module; read as {@link #get} reads it. */
    public AdviserCard card(long id) {
        return AdviserCard.of(get(id));
    }

    /** These advisers' contact details by name, in one statement whatever their number. */
    public List<AdviserCard> cards(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a.id, a.name, a.title, a.email, a.phone FROM Adviser a WHERE a.id IN :ids ORDER BY a.name, a.id", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .map(r -> new AdviserCard((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4])).toList();
    }

    public List<Adviser> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Adviser a WHERE a.id IN :ids", Adviser.class).setParameter("ids", ids).getResultList();
    }

    @Transactional
    public Adviser create(AdviserInput input) {
        Adviser adviser = Adviser.from(input.check());
        em.persist(adviser);
        return adviser;
    }

    @Transactional
    public Adviser update(long id, AdviserInput input) {
        Adviser adviser = get(id);
        AdviserInput.Checked checked = input.check();
        if (input.version() != null && input.version() != adviser.getVersion()) {
            throw new ConflictException("Adviser", id);
        }
        adviser.apply(checked);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("Adviser", id);
        }
        return adviser;
    }

    @Transactional
    public void delete(long id) {
        em.remove(get(id));
    }

    public List<Competence> competences(long adviserId) {
        return em.createQuery("SELECT c FROM Competence c JOIN FETCH c.subjectArea WHERE c.adviser.id = :id ORDER BY c.subjectArea.sortOrder",
                Competence.class).setParameter("id", adviserId).getResultList();
    }

    /** Sets the adviser's level in a subject area, adding the competence if it is new. */
    @Transactional
    public Competence setCompetence(long adviserId, Long subjectAreaId, Integer level, String note) {
        Adviser adviser = get(adviserId);
        Rules rules = new Rules().required("subjectAreaId", subjectAreaId).required("level", level).maxLength("note", note, 500);
        if (level != null && (level < Competence.BASIC || level > Competence.EXPERT)) {
            rules.add(Violation.of(MatchingTexts.RULES, "level", "level.range"));
        }
        rules.check();
        SubjectArea area = subjectAreas.require("subjectAreaId", subjectAreaId);
        Competence competence = em.createQuery("SELECT c FROM Competence c WHERE c.adviser = :a AND c.subjectArea = :s", Competence.class)
                .setParameter("a", adviser).setParameter("s", area).getResultStream().findFirst()
                .orElseGet(() -> {
                    Competence created = new Competence(adviser, area);
                    em.persist(created);
                    return created;
                });
        competence.set(level, note == null || note.isBlank() ? null : note.trim());
        return competence;
    }

    @Transactional
    public void removeCompetence(long adviserId, long subjectAreaId) {
        int removed = em.createQuery("DELETE FROM Competence c WHERE c.adviser.id = :a AND c.subjectArea.id = :s")
                .setParameter("a", adviserId).setParameter("s", subjectAreaId).executeUpdate();
        if (removed == 0) {
            throw new NotFoundException("Competence", adviserId + "/" + subjectAreaId);
        }
    }

    static InvalidInputException unknown(String field, Object id) {
        return new InvalidInputException(Violation.of(MatchingTexts.RULES, field, "adviser.unknown", id));
    }
}
