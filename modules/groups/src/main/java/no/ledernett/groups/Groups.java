package no.ledernett.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import no.ledernett.matching.SubjectAreaOption;
import no.ledernett.matching.SubjectAreas;
import no.ledernett.municipalities.EngagementView;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.municipalities.MunicipalityDirectory;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Violation;

/** Network groups: their plan and the list staff work from. */
@ApplicationScoped
public class Groups {

    @PersistenceContext
    EntityManager em;

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    Engagements engagements;

    @Inject
    SubjectAreas subjectAreas;

    /** A group with its adviser's and subject area's names, for summaries. */
    private static final String ROWS = "SELECT g, a.name, s.name FROM NetworkGroup g LEFT JOIN GroupAdviser a ON a.id = g.adviserId "
            + "LEFT JOIN GroupSubjectArea s ON s.id = g.subjectAreaId";

    /**
     * One page of groups with member counts and names, in a fixed number of statements whatever
     * the page size: count, rows with adviser and subject area names, member counts (municipality
     * names are read once per instance).
     */
    public Page<GroupSummary> search(GroupSearch search, PageRequest paging) {
        long total = count(search);
        return new Page<>(list(search, paging), total, paging.page(), paging.size());
    }

    /** One page of the search, without counting the whole (a paged table has counted already). */
    public List<GroupSummary> list(GroupSearch search, PageRequest paging) {
        return summaries(query(search, ROWS, " ORDER BY g.name, g.id", Object[].class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList());
    }

    /** Names of these groups by id, in one statement. */
    public Map<Long, String> names(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT g.id, g.name FROM NetworkGroup g WHERE g.id IN :ids", Object[].class).setParameter("ids", ids).getResultList()
                .stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    /**
     * Groups by name for the search across everything: id, name, municipality number, status; one
     * statement. {@code adviserId} limits them to that adviser's groups (null: every group).
     */
    public List<Object[]> find(String text, Long adviserId, int max) {
        var query = em.createQuery("SELECT g.id, g.name, g.municipalityNumber, g.status FROM NetworkGroup g WHERE LOWER(g.name) LIKE :q"
                + (adviserId == null ? "" : " AND g.adviserId = :a") + " ORDER BY g.name, g.id", Object[].class)
                .setParameter("q", no.ledernett.platform.SearchSource.pattern(text));
        if (adviserId != null) {
            query.setParameter("a", adviserId);
        }
        return query.setMaxResults(max).getResultList();
    }

    /** Municipality names by number, read once per instance. */
    public Map<String, String> municipalityNames() {
        return municipalities.names();
    }

    /** Planned and active groups that have no adviser yet, counted in one statement. */
    public long runningWithoutAdviser() {
        return em.createQuery("SELECT COUNT(g) FROM NetworkGroup g WHERE g.adviserId IS NULL AND g.status IN :running", Long.class)
                .setParameter("running", GroupStatus.RUNNING).getSingleResult();
    }

    public long count(GroupSearch search) {
        return query(search, "SELECT COUNT(g) FROM NetworkGroup g", "", Long.class).getSingleResult();
    }

    /** Summaries of rows read with {@link #ROWS}: one more statement, for the member counts. */
    private List<GroupSummary> summaries(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((NetworkGroup) r[0]).getId()).toList();
        Map<Long, Long> members = new HashMap<>();
        em.createQuery("SELECT m.group.id, COUNT(m) FROM Membership m WHERE m.group.id IN :ids AND m.left IS NULL GROUP BY m.group.id", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> members.put((Long) r[0], (Long) r[1]));
        Map<String, String> names = municipalities.names();
        return rows.stream().map(r -> {
            NetworkGroup g = (NetworkGroup) r[0];
            return new GroupSummary(g.getId(), g.getName(), g.getMunicipalityNumber(), names.get(g.getMunicipalityNumber()),
                    g.getKind(), g.getSubjectAreaId(), g.getSubjectAreaId() == null ? null : (String) r[2], g.getStatus(), g.getStart(),
                    g.getAdviserId(), g.getAdviserId() == null ? null : (String) r[1], members.getOrDefault(g.getId(), 0L));
        }).toList();
    }

    public Map<Long, String> subjectAreaNames() {
        return subjectAreas.options().stream().collect(Collectors.toMap(SubjectAreaOption::id, SubjectAreaOption::name));
    }

    private <T> TypedQuery<T> query(GroupSearch search, String select, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        String text = search.text() == null ? "" : search.text().trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        if (!text.isEmpty()) {
            where.append(" AND LOWER(g.name) LIKE :text");
        }
        if (search.municipality() != null && !search.municipality().isBlank()) {
            where.append(" AND g.municipalityNumber = :municipality");
        }
        if (search.kind() != null) {
            where.append(" AND g.kind = :kind");
        }
        if (search.status() != null) {
            where.append(" AND g.status = :status");
        }
        if (search.adviserId() != null) {
            where.append(" AND g.adviserId = :adviser");
        }
        // "Without an adviser" means still needing one: a completed or cancelled group never gets one (the batch proposal takes the same).
        boolean onlyRunning = Boolean.TRUE.equals(search.withoutAdviser()) && search.status() == null;
        if (Boolean.TRUE.equals(search.withoutAdviser())) {
            where.append(" AND g.adviserId IS NULL");
        }
        if (onlyRunning) {
            where.append(" AND g.status IN :running");
        }
        TypedQuery<T> q = em.createQuery(select + where + order, type);
        if (!text.isEmpty()) {
            q.setParameter("text", "%" + text + "%");
        }
        if (search.municipality() != null && !search.municipality().isBlank()) {
            q.setParameter("municipality", search.municipality().trim());
        }
        if (search.kind() != null) {
            q.setParameter("kind", search.kind());
        }
        if (search.status() != null) {
            q.setParameter("status", search.status());
        }
        if (search.adviserId() != null) {
            q.setParameter("adviser", search.adviserId());
        }
        if (onlyRunning) {
            q.setParameter("running", GroupStatus.RUNNING);
        }
        return q;
    }

    /** Names of an adviser's groups by id, in one statement. */
    public Map<Long, String> namesOfAdviser(long adviserId) {
        return em.createQuery("SELECT g.id, g.name FROM NetworkGroup g WHERE g.adviserId = :a", Object[].class).setParameter("a", adviserId)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    /** A group for another module to read: the same lookup as {@link #get}, as a value. */
    public GroupView view(long id) {
        return GroupView.of(get(id));
    }

    public NetworkGroup get(long id) {
        NetworkGroup group = em.find(NetworkGroup.class, id);
        if (group == null) {
            throw new NotFoundException("Group", id);
        }
        return group;
    }

    /**
     * One group's summary in two statements: the group with its adviser's and subject area's names,
     * and its member count. The names come from the views the owning modules publish rather than their services,
     * which would each cost the group page a statement more.
     */
    public GroupSummary summary(long id) {
        Object[] row = em.createQuery("SELECT g, a.name, s.name FROM NetworkGroup g LEFT JOIN GroupAdviser a ON a.id = g.adviserId "
                        + "LEFT JOIN GroupSubjectArea s ON s.id = g.subjectAreaId WHERE g.id = :id", Object[].class)
                .setParameter("id", id).getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Group", id));
        NetworkGroup g = (NetworkGroup) row[0];
        long members = em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.group.id = :g AND m.left IS NULL", Long.class)
                .setParameter("g", id).getSingleResult();
        return new GroupSummary(g.getId(), g.getName(), g.getMunicipalityNumber(), municipalities.names().get(g.getMunicipalityNumber()),
                g.getKind(), g.getSubjectAreaId(), (String) row[2], g.getStatus(), g.getStart(),
                g.getAdviserId(), g.getAdviserId() == null ? null : (String) row[1], members);
    }

    /** Summaries of these groups, by name, in a constant number of statements. */
    public List<GroupSummary> summaries(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return summaries(em.createQuery(ROWS + " WHERE g.id IN :ids ORDER BY g.name, g.id", Object[].class)
                .setParameter("ids", ids).getResultList());
    }

    @Transactional
    public NetworkGroup create(GroupInput input) {
        Rules rules = new Rules();
        String municipality = rules.kept(() -> municipalities.requireNumber("municipality", input.municipality()).value());
        GroupInput.Checked checked = input.check(rules);
        checkReferences(rules, municipality, input);
        rules.check();
        NetworkGroup group = new NetworkGroup(municipality);
        group.apply(checked);
        em.persist(group);
        return group;
    }

    @Transactional
    public NetworkGroup update(long id, GroupInput input) {
        NetworkGroup group = get(id);
        Rules rules = new Rules();
        if (input.municipality() != null && !Objects.equals(input.municipality(), group.getMunicipalityNumber())) {
            rules.add(Violation.of(GroupsTexts.RULES, "municipality", "municipality.fixed"));
        }
        GroupInput.Checked checked = input.check(rules);
        checkReferences(rules, group.getMunicipalityNumber(), input);
        rules.check();
        if (input.version() != null && input.version() != group.getVersion()) {
            throw new ConflictException("Group", id);
        }
        group.apply(checked);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("Group", id);
        }
        return group;
    }

    @Transactional
    public void delete(long id) {
        em.remove(get(id));
    }

    @Transactional
    void setAdviser(long id, Long adviserId) {
        get(id).assign(adviserId);
    }

    private void checkReferences(Rules rules, String municipality, GroupInput input) {
        if (input.engagementId() != null) {
            try {
                EngagementView engagement = engagements.view(input.engagementId());
                if (municipality != null && !engagement.municipality().number().equals(municipality)) {
                    rules.add(Violation.of(GroupsTexts.RULES, "engagementId", "engagement.otherMunicipality"));
                }
            } catch (NotFoundException e) {
                rules.add(Violation.of(GroupsTexts.RULES, "engagementId", "engagement.unknown", input.engagementId()));
            }
        }
        if (input.subjectAreaId() != null && !subjectAreaNames().containsKey(input.subjectAreaId())) {
            rules.add(Violation.of(GroupsTexts.RULES, "subjectAreaId", "subject.unknown", input.subjectAreaId()));
        }
    }
}
