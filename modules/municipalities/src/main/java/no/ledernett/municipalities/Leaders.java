package no.ledernett.municipalities;

import no.ledernett.platform.NorwegianTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Violation;

/** The leaders of each municipality. */
@ApplicationScoped
public class Leaders {

    @PersistenceContext
    EntityManager em;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    jakarta.enterprise.event.Event<LeaderErased> erased;

    public Page<Leader> search(MunicipalityNumber municipality, String text, PageRequest paging) {
        long total = query(municipality, text, "SELECT COUNT(l) FROM Leader l", "", Long.class).getSingleResult();
        List<Leader> items = query(municipality, text, "SELECT l FROM Leader l", " ORDER BY l.name, l.id", Leader.class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    /** One page of the search, without counting the whole: one statement, for a choice list (never an erased leader). */
    public List<Leader> list(MunicipalityNumber municipality, String text, PageRequest paging) {
        return query(municipality, text, "SELECT l FROM Leader l", " AND l.erasedOn IS NULL ORDER BY l.name, l.id", Leader.class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    }

    /** How many leaders {@link #list} finds in all: one statement. */
    public long count(MunicipalityNumber municipality, String text) {
        return query(municipality, text, "SELECT COUNT(l) FROM Leader l", " AND l.erasedOn IS NULL", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(MunicipalityNumber municipality, String text, String select, String order, Class<T> type) {
        String q = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        String where = " WHERE l.municipality.number = :m"
                + (q.isEmpty() ? "" : " AND (LOWER(l.name) LIKE :q OR LOWER(l.email) LIKE :q OR LOWER(l.positionTitle) LIKE :q OR LOWER(l.unit) LIKE :q)");
        TypedQuery<T> query = em.createQuery(select + where + order, type).setParameter("m", municipality.value());
        if (!q.isEmpty()) {
            query.setParameter("q", "%" + q + "%");
        }
        return query;
    }

    /** Leaders in every municipality by name or e-mail, for the search across everything: id, name, e-mail, municipality number; one statement. */
    public List<Object[]> find(String text, int max) {
        return em.createQuery("SELECT l.id, l.name, l.email, l.municipality.number FROM Leader l WHERE LOWER(l.name) LIKE :q OR LOWER(l.email) LIKE :q "
                        + "ORDER BY l.name, l.id", Object[].class)
                .setParameter("q", no.ledernett.platform.SearchSource.pattern(text)).setMaxResults(max).getResultList();
    }

    public Leader get(long id) {
        Leader leader = em.find(Leader.class, id);
        if (leader == null) {
            throw new NotFoundException("Leader", id);
        }
        return leader;
    }

    /**
     * Erases a leader's personal data on request (GDPR art. 17); the row stays, anonymous, for hours
     * and figures. Tells the other modules ({@link LeaderErased}), which end what the leader was part of.
     */
    @Transactional
    public Leader anonymise(long id) {
        Leader leader = get(id);
        java.time.LocalDate today = NorwegianTime.today();
        leader.anonymise(today);
        em.createQuery("UPDATE Leader l SET l.reportsToId = NULL WHERE l.reportsToId = :id").setParameter("id", id).executeUpdate();
        erased.fire(new LeaderErased(id, today));
        return leader;
    }

    /** A leader as another module sees them (see {@link LeaderView}). */
    public LeaderView view(long id) {
        return LeaderView.of(get(id));
    }

    /** Leaders by id, with their municipality: one statement for the lot. */
    public List<LeaderView> views(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT l.id, l.name, l.email, m.number, m.name, l.erasedOn FROM Leader l JOIN l.municipality m WHERE l.id IN :ids",
                        Object[].class).setParameter("ids", ids).getResultStream()
                .map(r -> new LeaderView((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], r[5] != null)).toList();
    }

    /** Leaders' names by id: one statement; an unknown id is simply missing. */
    public java.util.Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("SELECT l.id, l.name FROM Leader l WHERE l.id IN :ids", Object[].class).setParameter("ids", ids).getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    /** A municipality's leaders as list rows, as {@link #list} finds them. */
    public List<LeaderRow> rows(MunicipalityNumber municipality, String text, PageRequest paging) {
        return list(municipality, text, paging).stream().map(LeaderRow::of).toList();
    }

    /** {@link #search} for another module, which reads leaders as records. */
    public Page<LeaderDetails> searchDetails(MunicipalityNumber municipality, String text, PageRequest paging) {
        return search(municipality, text, paging).map(l -> LeaderDetails.of(l, municipality.value()));
    }

    /** {@link #get} for another module, which reads leaders as records. */
    public LeaderDetails details(long id) {
        return LeaderDetails.of(get(id));
    }

    /** {@link #create} for another module; the record is read after the insert is written, with its version. */
    @Transactional
    public LeaderDetails registerDetails(LeaderInput input) {
        return LeaderDetails.of(create(input));
    }

    /** {@link #update} for another module; the record is read after the change is written, with its new version. */
    @Transactional
    public LeaderDetails updateDetails(long id, LeaderInput input) {
        return LeaderDetails.of(update(id, input));
    }

    public List<Leader> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT l FROM Leader l WHERE l.id IN :ids", Leader.class).setParameter("ids", ids).getResultList();
    }

    /** Registers a leader and answers their id: for another module, which works with leaders by id. */
    @Transactional
    public long register(LeaderInput input) {
        return create(input).getId();
    }

    @Transactional
    public Leader create(LeaderInput input) {
        Rules rules = input.check();
        Municipality municipality = rules.kept(() -> directory.require("municipality", input.municipality()));
        checkManager(rules, input.reportsToId(), input.municipality(), null);
        rules.check();
        Leader leader = new Leader(municipality);
        leader.apply(input);
        em.persist(leader);
        // The manager is referred to by id, which EclipseLink does not order inserts by; write now.
        em.flush();
        return leader;
    }

    @Transactional
    public Leader update(long id, LeaderInput input) {
        Leader leader = get(id);
        Rules rules = input.check();
        if (input.municipality() != null && !Objects.equals(input.municipality(), leader.getMunicipalityNumber())) {
            rules.add(Violation.of(MunicipalityTexts.RULES, "municipality", "municipality.fixed"));
        }
        checkManager(rules, input.reportsToId(), leader.getMunicipalityNumber(), id);
        rules.check();
        if (input.version() != null && input.version() != leader.getVersion()) {
            throw new ConflictException("Leader", id);
        }
        leader.apply(input);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("Leader", id);
        }
        return leader;
    }

    @Transactional
    public void delete(long id) {
        Leader leader = get(id);
        em.createQuery("UPDATE Leader l SET l.reportsToId = NULL WHERE l.reportsToId = :id").setParameter("id", id).executeUpdate();
        em.remove(leader);
    }

    /** A leader's manager is a leader of the same municipality, and not the leader themself. */
    private void checkManager(Rules rules, Long managerId, String municipality, Long self) {
        if (managerId == null) {
            return;
        }
        Leader manager = em.find(Leader.class, managerId);
        if (manager == null || manager.isErased() || !manager.getMunicipalityNumber().equals(municipality) || managerId.equals(self)) {
            rules.add(Violation.of(MunicipalityTexts.RULES, "reportsToId", "leader.manager"));
        }
    }
}
