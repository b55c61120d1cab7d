package no.ledernett.municipalities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Violation;

/** What municipalities have bought. */
@ApplicationScoped
public class Engagements {

    @PersistenceContext
    EntityManager em;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    jakarta.enterprise.inject.Instance<HoursUsed> hoursUsed;

    /** Hours used against budget for each of the given engagements. */
    public java.util.Map<Long, BudgetUse> budgetUse(List<Engagement> engagements) {
        java.util.Map<Long, Double> used = new java.util.HashMap<>();
        List<Long> ids = engagements.stream().map(Engagement::getId).toList();
        if (!ids.isEmpty()) {
            hoursUsed.forEach(source -> source.byEngagement(ids).forEach((id, h) -> used.merge(id, h, Double::sum)));
        }
        java.util.Map<Long, BudgetUse> use = new java.util.HashMap<>();
        engagements.forEach(e -> use.put(e.getId(), new BudgetUse(e.getHourBudget(), used.getOrDefault(e.getId(), 0.0))));
        return use;
    }

    /** An active engagement's budget and the hours used against it, with what names it on a screen. */
    public record Budget(long id, String municipalityName, EngagementKind kind, String programme, BudgetUse use) implements java.io.Serializable {
    }

    /**
     * Every active engagement's budget use, fullest first, in two statements whatever their number:
     * the engagements (a few columns each), and the hours used on them summed in the database.
     */
    public List<Budget> activeBudgets() {
        List<Object[]> rows = em.createQuery("SELECT e.id, m.name, e.kind, p.name, e.hourBudget FROM Engagement e JOIN e.municipality m "
                        + "LEFT JOIN e.programme p WHERE e.status = :active", Object[].class)
                .setParameter("active", EngagementStatus.ACTIVE).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Double> used = new java.util.HashMap<>();
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        hoursUsed.forEach(source -> source.byEngagement(ids).forEach((id, h) -> used.merge(id, h, Double::sum)));
        return rows.stream().map(r -> new Budget((Long) r[0], (String) r[1], (EngagementKind) r[2], (String) r[3],
                        new BudgetUse(((Number) r[4]).intValue(), used.getOrDefault((Long) r[0], 0.0))))
                .sorted(java.util.Comparator.comparingDouble((Budget b) -> b.use().budget() <= 0 ? 0 : b.use().used() / b.use().budget()).reversed())
                .toList();
    }

    /**
     * Engagements by their municipality's or programme's name, or by number, for the search across
     * everything, newest first: id, municipality name, kind, programme, start; one statement.
     */
    public List<Object[]> find(String text, int max) {
        Long number = text.trim().matches("\\d{1,18}") ? Long.valueOf(text.trim()) : -1L;
        return em.createQuery("SELECT e.id, m.name, e.kind, p.name, e.start FROM Engagement e JOIN e.municipality m LEFT JOIN e.programme p "
                        + "WHERE LOWER(m.name) LIKE :q OR LOWER(p.name) LIKE :q OR e.id = :n ORDER BY e.start DESC, e.id DESC", Object[].class)
                .setParameter("q", no.ledernett.platform.SearchSource.pattern(text)).setParameter("n", number).setMaxResults(max).getResultList();
    }

    public List<Engagement> of(MunicipalityNumber municipality) {
        return em.createQuery("SELECT e FROM Engagement e LEFT JOIN FETCH e.programme "
                        + "WHERE e.municipality.number = :number ORDER BY e.start DESC, e.id DESC", Engagement.class)
                .setParameter("number", municipality.value())
                .getResultList();
    }

    /** An engagement as another module sees it, its programme and municipality read in the same statement. */
    public EngagementView view(long id) {
        return em.createQuery("SELECT e FROM Engagement e LEFT JOIN FETCH e.programme JOIN FETCH e.municipality WHERE e.id = :id", Engagement.class)
                .setParameter("id", id).getResultStream().findFirst().map(EngagementView::of)
                .orElseThrow(() -> new NotFoundException("Engagement", id));
    }

    /** Several engagements by id in one statement, keyed by id; ids that name none are left out. */
    public java.util.Map<Long, EngagementView> views(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("SELECT e FROM Engagement e LEFT JOIN FETCH e.programme JOIN FETCH e.municipality WHERE e.id IN :ids", Engagement.class)
                .setParameter("ids", ids).getResultStream().map(EngagementView::of)
                .collect(java.util.stream.Collectors.toMap(EngagementView::id, v -> v));
    }

    /** A municipality's engagements as {@link #of} finds them, as records. */
    public List<EngagementView> views(MunicipalityNumber municipality) {
        return of(municipality).stream().map(EngagementView::of).toList();
    }

    /** One engagement's budget and the hours used against it. */
    public BudgetUse budgetUse(EngagementView engagement) {
        double used = 0;
        for (HoursUsed source : hoursUsed) {
            used += source.byEngagement(List.of(engagement.id())).getOrDefault(engagement.id(), 0.0);
        }
        return new BudgetUse(engagement.hourBudget(), used);
    }

    /** A municipality's engagements with their budget use, newest first, for another module; as {@link #of} and {@link #budgetUse}. */
    public List<EngagementBudget> viewsOf(MunicipalityNumber municipality) {
        List<Engagement> list = of(municipality);
        java.util.Map<Long, BudgetUse> use = budgetUse(list);
        return list.stream().map(e -> new EngagementBudget(e.getId(), e.getKind(), e.getProgrammeName(), e.getStart(), e.getEnd(), e.getHourBudget(),
                use.get(e.getId()))).toList();
    }

    public Engagement get(long id) {
        Engagement engagement = em.find(Engagement.class, id);
        if (engagement == null) {
            throw new NotFoundException("Engagement", id);
        }
        return engagement;
    }

    @Transactional
    public Engagement create(EngagementInput input) {
        Rules rules = new Rules();
        Municipality municipality = rules.kept(() -> directory.require("municipality", input.municipality()));
        EngagementInput.Checked checked = input.check(rules);
        Engagement engagement = new Engagement(municipality);
        engagement.apply(checked, programme(municipality, checked.programme()));
        em.persist(engagement);
        return engagement;
    }

    @Transactional
    public Engagement update(long id, EngagementInput input) {
        Engagement engagement = get(id);
        Rules rules = new Rules();
        if (input.municipality() != null && !Objects.equals(input.municipality(), engagement.getMunicipality().getNumber())) {
            rules.add(Violation.of(MunicipalityTexts.RULES, "municipality", "municipality.fixed"));
        }
        EngagementInput.Checked checked = input.check(rules);
        if (input.version() != null && input.version() != engagement.getVersion()) {
            throw new ConflictException("Engagement", id);
        }
        engagement.apply(checked, programme(engagement.getMunicipality(), checked.programme()));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("Engagement", id);
        }
        return engagement;
    }

    @Transactional
    public void delete(long id, Long version) {
        Engagement engagement = get(id);
        if (version != null && version != engagement.getVersion()) {
            throw new ConflictException("Engagement", id);
        }
        em.remove(engagement);
    }

    /** Programmes are named by staff as they go; the first engagement under a new name creates it. */
    private Programme programme(Municipality municipality, String name) {
        if (name == null) {
            return null;
        }
        return em.createQuery("SELECT p FROM Programme p WHERE p.municipality = :m AND p.name = :name", Programme.class)
                .setParameter("m", municipality)
                .setParameter("name", name)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Programme created = new Programme(municipality, name);
                    em.persist(created);
                    return created;
                });
    }

    public List<String> programmeNames(MunicipalityNumber municipality) {
        return em.createQuery("SELECT p.name FROM Programme p WHERE p.municipality.number = :n ORDER BY p.name", String.class)
                .setParameter("n", municipality.value())
                .getResultList();
    }
}
