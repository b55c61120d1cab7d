package no.ledernett.matching;

import no.ledernett.platform.NorwegianTime;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import no.ledernett.platform.DemoDataRequested;

/** Twelve advisers with varied competences, home counties, languages and capacities. */
@ApplicationScoped
public class MatchingDemoData {

    private static final Logger LOG = Logger.getLogger(MatchingDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Advisers advisers;

    @Transactional
    void load(@Observes @Priority(200) DemoDataRequested request) {
        if (em.createQuery("SELECT COUNT(a) FROM Adviser a", Long.class).getSingleResult() > 0) {
            return;
        }
        int year = NorwegianTime.today().getYear();
        adviser("Hanne Lunde", "seniorrådgiver", "46", List.of("BOKMAL", "NYNORSK"), 60, Map.of(1L, 3, 2L, 2), null);
        adviser("Ola Nordmann", "seniorrådgiver", "03", List.of("BOKMAL", "ENGLISH"), 50, Map.of(3L, 3, 9L, 2, 5L, 2), null);
        adviser("Ingrid Bakke", "rådgiver", "50", List.of("BOKMAL"), 40, Map.of(1L, 2, 7L, 2), null);
        adviser("Lars Vik", "seniorrådgiver", "18", List.of("BOKMAL"), 45, Map.of(4L, 3, 5L, 3, 9L, 2), null);
        adviser("Siri Haugen", "rådgiver", "15", List.of("BOKMAL", "NYNORSK"), 35, Map.of(2L, 3, 1L, 1), null);
        adviser("Amir Rahimi", "rådgiver", "32", List.of("BOKMAL", "ENGLISH"), 50, Map.of(6L, 3, 8L, 2), null);
        adviser("Kari Moen", "spesialrådgiver", "34", List.of("BOKMAL"), 30, Map.of(3L, 2, 8L, 3, 1L, 2), null);
        adviser("Eirik Dahl", "rådgiver", "11", List.of("BOKMAL", "NYNORSK"), 40, Map.of(1L, 3, 4L, 1), null);
        adviser("Marte Sølvberg", "seniorrådgiver", "55", List.of("BOKMAL"), 50, Map.of(3L, 3, 2L, 2, 5L, 1), null);
        adviser("Jonas Berg", "rådgiver", "42", List.of("BOKMAL", "ENGLISH"), 25, Map.of(7L, 3, 1L, 2),
                new AdviserInput.AbsenceInput(year + "-06-15", year + "-08-15", "foreldrepermisjon"));
        adviser("Nora Aas", "rådgiver", "40", List.of("BOKMAL"), 45, Map.of(8L, 2, 6L, 2, 2L, 1), null);
        adviser("Per Olsen", "seniorrådgiver", "31", List.of("BOKMAL"), 0, Map.of(1L, 2, 3L, 2), null);
        LOG.info("Demo data loaded: advisers and competences");
    }

    private void adviser(String name, String title, String county, List<String> forms, int capacity, Map<Long, Integer> levels,
                         AdviserInput.AbsenceInput absence) {
        String email = name.toLowerCase().replace(' ', '.').replace("ø", "o").replace("å", "a").replace("æ", "ae") + "@ledernett.no";
        Adviser a = advisers.create(new AdviserInput(name, title, email, "+47 400 00 000", county, forms, capacity > 0, capacity,
                absence == null ? List.of() : List.of(absence), null));
        levels.forEach((area, level) -> advisers.setCompetence(a.getId(), area, level, null));
    }
}
