package no.ledernett.municipalities;

import no.ledernett.platform.NorwegianTime;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.logging.Logger;
import no.ledernett.platform.DemoDataRequested;

/** A handful of client municipalities with contacts and engagements that look like real ones. */
@ApplicationScoped
public class MunicipalitiesDemoData {

    private static final Logger LOG = Logger.getLogger(MunicipalitiesDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Contacts contacts;

    @Inject
    Engagements engagements;

    @Transactional
    void load(@Observes @Priority(100) DemoDataRequested request) {
        if (em.createQuery("SELECT COUNT(c) FROM Contact c", Long.class).getSingleResult() > 0) {
            return;
        }
        int year = NorwegianTime.today().getYear();
        contact("4601", "Ingrid Solheim", "Kommunalsjef oppvekst", "ingrid.solheim@bergen.kommune.no", "+47 55 56 12 34");
        contact("4601", "Tor Arne Haugland", "HR-rådgiver", "tor.arne.haugland@bergen.kommune.no", "+47 55 56 43 21");
        engagement("4601", EngagementKind.NETWORK_GROUPS, "Lederløftet", year + "-01-15", year + "-12-15", 320, EngagementStatus.ACTIVE,
                "To grupper for rektorer, én tverrfaglig for enhetsledere.");
        engagement("4601", EngagementKind.INDIVIDUAL_COACHING, "Lederløftet", year + "-02-01", year + "-11-30", 80, EngagementStatus.ACTIVE, null);

        contact("1804", "Marit Johansen", "Kommunaldirektør", "marit.johansen@bodo.kommune.no", "+47 75 55 50 00");
        engagement("1804", EngagementKind.NETWORK_GROUPS_AND_COACHING, null, year + "-03-01", (year + 1) + "-02-28", 240, EngagementStatus.ACTIVE,
                "Tverrfaglig ledernettverk, oppstart etter vinterferien.");

        contact("3403", "Kristoffer Lie", "Personalsjef", "kristoffer.lie@hamar.kommune.no", "+47 62 56 30 00");
        engagement("3403", EngagementKind.NETWORK_GROUPS, "Ledere i Hamar", year + "-08-15", (year + 1) + "-06-15", 160, EngagementStatus.DRAFT,
                "Tilbud sendt; venter på politisk behandling.");

        contact("5501", "Sara Eira", "Oppvekstsjef", "sara.eira@tromso.kommune.no", "+47 77 79 00 00");
        engagement("5501", EngagementKind.NETWORK_GROUPS, null, (year - 1) + "-01-10", (year - 1) + "-12-20", 120, EngagementStatus.COMPLETED,
                "Barnehagestyrere, fire grupper.");
        engagement("5501", EngagementKind.INDIVIDUAL_COACHING, null, year + "-01-10", year + "-12-20", 60, EngagementStatus.ACTIVE, null);

        // Lillestrøm arrives with a spreadsheet of leaders (the import's browser test signs in as its contact).
        contact("3205", "Hilde Bakken", "HR-sjef", "hilde.bakken@lillestrom.kommune.no", "+47 66 93 80 00");

        contact("1506", "Jon Olav Rød", "Kommunalsjef helse og omsorg", "jon.olav.rod@molde.kommune.no", null);
        engagement("1506", EngagementKind.NETWORK_GROUPS, null, year + "-09-01", (year + 1) + "-05-31", 100, EngagementStatus.ACTIVE,
                "Avdelingsledere i helse og omsorg.");
        LOG.info("Demo data loaded: municipalities, contacts and engagements");
    }

    private void contact(String municipality, String name, String title, String email, String phone) {
        contacts.create(new ContactInput(municipality, name, title, email, phone, null));
    }

    private void engagement(String municipality, EngagementKind kind, String programme, String start, String end, int budget,
                            EngagementStatus status, String notes) {
        engagements.create(new EngagementInput(municipality, kind.name(), programme, start, end, budget, status.name(), notes, null));
    }
}
