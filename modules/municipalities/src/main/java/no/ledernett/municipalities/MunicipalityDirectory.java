package no.ledernett.municipalities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ledernett.platform.Counties;
import no.ledernett.platform.County;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Violation;

/** Finds municipalities, and tells which are clients. One statement per page, whatever its size. */
@ApplicationScoped
public class MunicipalityDirectory {

    @PersistenceContext
    EntityManager em;

    /** One page of the search: one statement (which of them are clients), whatever the page's size. */
    public Page<MunicipalitySummary> search(MunicipalitySearch search, PageRequest paging) {
        Set<String> clients = search.clientsOnly() ? currentClients() : null;
        List<Municipality> matching = catalogue().matching(search, clients);
        List<Municipality> page = matching.subList(Math.min(paging.offset(), matching.size()),
                (int) Math.min((long) paging.offset() + paging.size(), matching.size()));
        Set<String> clientsOnPage = clients != null ? clients : clientsAmong(page.stream().map(Municipality::getNumber).toList());
        List<MunicipalitySummary> items = page.stream().map(m -> summary(m, clientsOnPage.contains(m.getNumber()))).toList();
        return new Page<>(items, matching.size(), paging.page(), paging.size());
    }

    private volatile MunicipalityCatalogue catalogue;

    /**
     * Every municipality, read once per instance: they are reference data, loaded by migration and
     * never changed by the application, so lists that show or search places cost no statement for them.
     */
    private MunicipalityCatalogue catalogue() {
        MunicipalityCatalogue known = catalogue;
        if (known == null) {
            known = new MunicipalityCatalogue(em.createQuery("SELECT m FROM Municipality m", Municipality.class).getResultList());
            catalogue = known;
        }
        return known;
    }

    /** Every municipality's name by number. */
    public Map<String, String> names() {
        return catalogue().names();
    }

    public long count(MunicipalitySearch search) {
        return catalogue().matching(search, search.clientsOnly() ? currentClients() : null).size();
    }

    private Set<String> currentClients() {
        return new HashSet<>(em.createQuery("SELECT DISTINCT e.municipality.number FROM Engagement e WHERE e.status IN :current", String.class)
                .setParameter("current", EngagementStatus.CURRENT)
                .getResultList());
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

    /** The municipality a page's address names, or null when the number is malformed or unknown (the page then asks for one). */
    public MunicipalitySummary getOrNull(String number) {
        if (!MunicipalityNumber.isWellFormed(number)) {
            return null;
        }
        try {
            return get(new MunicipalityNumber(number.trim()));
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** Resolves a number given as input, naming the field when it is malformed or unknown. */
    public Municipality require(String field, String number) {
        MunicipalityNumber parsed = MunicipalityNumber.parse(field, number);
        return find(parsed).orElseThrow(() -> new InvalidInputException(
                Violation.of(MunicipalityTexts.RULES, field, "municipality.unknown", parsed.value())));
    }

    /** At most {@code limit} municipalities a person typing {@code text} may mean, best first; no statement. */
    public List<MunicipalityChoice> suggest(String text, int limit) {
        return catalogue().suggestions(text, limit).stream().map(MunicipalityDirectory::choice).toList();
    }

    /**
     * What a typed name, number or chosen suggestion stands for: one municipality when the text is
     * understood, none when nothing fits, several when it fits more than one (e.g. "Herøy").
     */
    public List<MunicipalityChoice> resolve(String text) {
        return catalogue().resolve(text).stream().map(MunicipalityDirectory::choice).toList();
    }

    private static MunicipalityChoice choice(Municipality m) {
        return new MunicipalityChoice(m.getNumber(), m.getDisplayName());
    }

    public List<County> counties() {
        return catalogue().counties();
    }

    private static MunicipalitySummary summary(Municipality m, boolean client) {
        return new MunicipalitySummary(m.getNumber(), m.getName(), m.getDisplayName(), m.getCountyNumber(), Counties.name(m.getCountyNumber()), client);
    }

    /** {@link #require} for another module, which works with municipalities by number. */
    public MunicipalityNumber requireNumber(String field, String number) {
        return new MunicipalityNumber(require(field, number).getNumber());
    }
}
