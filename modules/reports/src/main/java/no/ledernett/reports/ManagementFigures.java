package no.ledernett.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import no.ledernett.matching.AdviserOption;
import no.ledernett.matching.Utilisation;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NorwegianTime;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;
import no.ledernett.portal.RequestFigures;
import no.ledernett.sessions.ActivityTrends;

/**
 * The consultancy's own figures, for staff: hours per client and month, advisers' capacity against
 * what they have committed to over the next twelve months, attendance and feedback, and the
 * contacts' requests with the time to handle them. Every figure is summed in the database, in six
 * statements whatever the size: the advisers with matching's commitments, groups' and sessions'
 * committed load, the hours (engagements joined with their hours through the published views
 * {@code engagement_directory} and {@code hours_directory}), attendance with feedback, and the
 * requests. No figure names a leader.
 */
@ApplicationScoped
public class ManagementFigures {

    /** How far ahead the advisers' capacity is shown, from this month on. */
    public static final int CAPACITY_MONTHS = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    Utilisation utilisation;

    @Inject
    ActivityTrends trends;

    @Inject
    RequestFigures requests;

    public record Figures(FigureFilter filter, List<AdviserOption> advisers, ClientHours.Hours hours, Capacity capacity,
                          List<ActivityTrends.Month> attendance, List<RequestFigures.Month> requests) implements Serializable {
    }

    /** The figures for the filter as a URL carries it (see {@link FigureFilter#of}); an adviser that does not exist is refused too. */
    public Figures of(Viewer viewer, String from, String to, String county, String adviser) {
        staffOnly(viewer);
        return of(FigureFilter.of(from, to, county, adviser, YearMonth.from(NorwegianTime.today())), null);
    }

    /**
     * The same for a screen, which shows figures whatever the address says: a filter that is not one gives the
     * default figures, an adviser that does not exist figures for every adviser, and {@code refused} hears why.
     * Six statements in every case, the figures asked for only once.
     */
    public Figures orDefault(Viewer viewer, String from, String to, String county, String adviser, Consumer<InvalidInputException> refused) {
        staffOnly(viewer);
        YearMonth now = YearMonth.from(NorwegianTime.today());
        FigureFilter filter;
        try {
            filter = FigureFilter.of(from, to, county, adviser, now);
        } catch (InvalidInputException e) {
            refused.accept(e);
            filter = FigureFilter.lastYear(now);
        }
        return of(filter, refused);
    }

    private static void staffOnly(Viewer viewer) {
        if (viewer == null || !viewer.is(Viewer.Role.STAFF)) {
            throw new NotFoundException("Figures", 0);
        }
    }

    /** With {@code refused} null an unknown adviser is thrown; otherwise it is reported there and left out of the filter. */
    private Figures of(FigureFilter asked, Consumer<InvalidInputException> refused) {
        YearMonth now = YearMonth.from(NorwegianTime.today());
        List<Utilisation.AdviserLoad> loads = utilisation.months(now, CAPACITY_MONTHS);
        FigureFilter filter = asked;
        if (asked.adviserId() != null && loads.stream().noneMatch(a -> a.id() == asked.adviserId())) {
            InvalidInputException unknown = new InvalidInputException(Violation.of(ReportTexts.RULES, "adviser", "adviser"));
            if (refused == null) {
                throw unknown;
            }
            refused.accept(unknown);
            filter = new FigureFilter(asked.from(), asked.to(), asked.county(), null);
        }
        return new Figures(filter, loads.stream().map(Utilisation.AdviserLoad::option).toList(), hours(filter),
                Capacity.of(loads, now, CAPACITY_MONTHS, filter.county(), filter.adviserId()),
                trends.monthly(filter.from(), filter.to(), filter.county(), filter.adviserId()),
                requests.monthly(filter.from(), filter.to(), filter.county()));
    }

    /**
     * The engagements sold (active or completed) that run at some time in the period, each with its hours per month
     * up to the period's end, in one statement; with an adviser, only those the adviser logged hours on in the period.
     */
    private ClientHours.Hours hours(FigureFilter filter) {
        String year = "EXTRACT(YEAR FROM h.work_date)";
        String month = "EXTRACT(MONTH FROM h.work_date)";
        LocalDate start = filter.from().atDay(1);
        LocalDate end = filter.to().atEndOfMonth();
        List<Object> parameters = new ArrayList<>(List.of(end, end, start));
        StringBuilder sql = new StringBuilder("SELECT e.id, e.municipality_number, e.municipality_name, e.start_date, e.end_date, e.hour_budget, ")
                .append(year).append(", ").append(month).append(", SUM(h.hours) FROM engagement_directory e ")
                .append("LEFT JOIN hours_directory h ON h.engagement_id = e.id AND h.work_date <= ? ")
                .append("WHERE e.status IN ('ACTIVE', 'COMPLETED') AND e.start_date <= ? AND e.end_date >= ?");
        if (filter.county() != null) {
            sql.append(" AND e.county_number = ?");
            parameters.add(filter.county());
        }
        if (filter.adviserId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM hours_directory x WHERE x.engagement_id = e.id AND x.adviser_id = ? AND x.work_date BETWEEN ? AND ?)");
            parameters.addAll(List.of(filter.adviserId(), start, end));
        }
        sql.append(" GROUP BY e.id, e.municipality_number, e.municipality_name, e.start_date, e.end_date, e.hour_budget, ").append(year).append(", ")
                .append(month);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        Map<Long, Object[]> engagements = new LinkedHashMap<>();
        Map<Long, Map<YearMonth, Double>> hours = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            engagements.putIfAbsent(id, r);
            Map<YearMonth, Double> byMonth = hours.computeIfAbsent(id, k -> new TreeMap<>());
            if (r[6] != null) {
                byMonth.put(YearMonth.of(((Number) r[6]).intValue(), ((Number) r[7]).intValue()), ((Number) r[8]).doubleValue());
            }
        }
        List<ClientHours.Engagement> list = new ArrayList<>();
        engagements.forEach((id, r) -> list.add(new ClientHours.Engagement(id, (String) r[1], (String) r[2], date(r[3]), date(r[4]),
                ((Number) r[5]).intValue(), hours.get(id))));
        return ClientHours.of(list, filter.from(), filter.to());
    }

    /** A native query's DATE column: java.sql.Date, or LocalDate where the driver already gives one. */
    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
