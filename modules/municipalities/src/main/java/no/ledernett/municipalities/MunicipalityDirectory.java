package no.ledernett.municipalities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Violation;

/** Finds municipalities, and tells which are clients. Three statements per page, whatever its size. */
@ApplicationScoped
public class MunicipalityDirectory {

    private static final String CLIENT = "EXISTS (SELECT e FROM Engagement e WHERE e.municipality = m AND e.status IN :current)";

    @PersistenceContext
    EntityManager em;

    public Page<MunicipalitySummary> search(MunicipalitySearch search, PageRequest paging) {
        long total = count(search);
        // Read-only: municipalities are reference data the application never changes, so the page
        // comes from the shared cache as it is, without copies tracked for changes until the commit.
        List<Municipality> page = query(search, "SELECT m FROM Municipality m", " ORDER BY m.name, m.number", Municipality.class)
                .setHint("eclipselink.read-only", "true").setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        Set<String> clients = clientsAmong(page.stream().map(Municipality::getNumber).toList());
        List<MunicipalitySummary> items = page.stream()
                .map(m -> summary(m, clients.contains(m.getNumber())))
                .toList();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    private volatile Map<String, String> names;

    /**
     * Every municipality's name by number. Reference data, loaded by migration and never changed
     * by the application, so read once per instance: lists that show places cost no statement for them.
     */
    public Map<String, String> names() {
        Map<String, String> known = names;
        if (known == null) {
            known = em.createQuery("SELECT m.number, m.name FROM Municipality m", Object[].class).getResultList().stream()
                    .collect(java.util.stream.Collectors.toUnmodifiableMap(r -> (String) r[0], r -> (String) r[1]));
            names = known;
        }
        return known;
    }

    public long count(MunicipalitySearch search) {
        return query(search, "SELECT COUNT(m) FROM Municipality m", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(MunicipalitySearch search, String select, String orderBy, Class<T> type) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        String text = search.text() == null ? "" : search.text().trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        if (!text.isEmpty()) {
            where.append(" AND (LOWER(m.name) LIKE :text OR LOWER(m.otherNames) LIKE :text OR m.number LIKE :text)");
        }
        boolean byCounty = search.county() != null && !search.county().isBlank();
        if (byCounty) {
            where.append(" AND m.countyNumber = :county");
        }
        if (search.clientsOnly()) {
            where.append(" AND ").append(CLIENT);
        }
        TypedQuery<T> query = em.createQuery(select + where + orderBy, type);
        if (!text.isEmpty()) {
            query.setParameter("text", "%" + text + "%");
        }
        if (byCounty) {
            query.setParameter("county", search.county().trim());
        }
        if (search.clientsOnly()) {
            query.setParameter("current", EngagementStatus.CURRENT);
        }
        return query;
    }

    private Set<String> clientsAmong(List<String> numbers) {
        if (numbers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT DISTINCT e.municipality.number FROM Engagement e "
                        + "WHERE e.municipality.number IN :numbers AND e.status IN :current", String.class)
                .setParameter("numbers", numbers)
                .setParameter("current", EngagementStatus.CURRENT)
                .getResultList());
    }

    public boolean isClient(MunicipalityNumber number) {
        return !clientsAmong(List.of(number.value())).isEmpty();
    }

    public Optional<Municipality> find(MunicipalityNumber number) {
        return Optional.ofNullable(em.find(Municipality.class, number.value()));
    }

    public MunicipalitySummary get(MunicipalityNumber number) {
        Municipality m = find(number).orElseThrow(() -> new NotFoundException("Municipality", number));
        return summary(m, isClient(number));
    }

    /** Resolves a number given as input, naming the field when it is malformed or unknown. */
    public Municipality require(String field, String number) {
        MunicipalityNumber parsed = MunicipalityNumber.parse(field, number);
        return find(parsed).orElseThrow(() -> new InvalidInputException(
                Violation.of(MunicipalityTexts.RULES, field, "municipality.unknown", parsed.value())));
    }

    public List<County> counties() {
        return em.createQuery("SELECT DISTINCT m.countyNumber, m.countyName FROM Municipality m ORDER BY m.countyNumber", Object[].class)
                .getResultList().stream()
                .map(row -> new County((String) row[0], (String) row[1]))
                .toList();
    }

    private static MunicipalitySummary summary(Municipality m, boolean client) {
        return new MunicipalitySummary(m.getNumber(), m.getName(), m.getDisplayName(), m.getCountyNumber(), m.getCountyName(), client);
    }
}
