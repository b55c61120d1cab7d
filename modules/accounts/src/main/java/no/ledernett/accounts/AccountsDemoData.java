package no.ledernett.accounts;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import no.ledernett.platform.DemoDataRequested;
import no.ledernett.platform.Viewer;

/**
 * One user for each role, so every screen can be tried: staff, the Bergen group's adviser, a
 * contact in Bergen and one in Bodø, a leader in the Bergen group. All share the demo password,
 * which the README gives; demo data never goes into a production database unless asked for.
 */
@ApplicationScoped
public class AccountsDemoData {

    public static final String PASSWORD = "ledernett-demo";
    public static final String STAFF = "staff@ledernett.no";

    private static final Logger LOG = Logger.getLogger(AccountsDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Transactional
    void load(@Observes @Priority(500) DemoDataRequested request) {
        if (em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult() > 0) {
            return;
        }
        accounts.createWithPassword(STAFF, "Siri Stab", Viewer.Role.STAFF, null, null, null, PASSWORD);
        first("SELECT a.id, a.name, a.email FROM Adviser a WHERE a.name = 'Hanne Lunde'")
                .ifPresent(a -> accounts.createWithPassword((String) a[2], (String) a[1], Viewer.Role.ADVISER, null, (Long) a[0], null, PASSWORD));
        for (String municipality : List.of("4601", "1804")) {
            first("SELECT c.id, c.name, c.email FROM Contact c WHERE c.municipality.number = '" + municipality + "' ORDER BY c.id")
                    .ifPresent(c -> accounts.createWithPassword((String) c[2], (String) c[1], Viewer.Role.CONTACT, null, null, municipality, PASSWORD));
        }
        first("SELECT l.id, l.name, l.email FROM Membership m, Leader l WHERE l.id = m.leaderId AND l.municipality.number = '4601' ORDER BY l.id")
                .filter(l -> l[2] != null)
                .ifPresent(l -> accounts.createWithPassword((String) l[2], (String) l[1], Viewer.Role.PARTICIPANT, (Long) l[0], null, "4601", PASSWORD));
        LOG.info("Demo data loaded: a user for each role (password in the README)");
    }

    private java.util.Optional<Object[]> first(String jpql) {
        return em.createQuery(jpql, Object[].class).setMaxResults(1).getResultStream().findFirst();
    }
}
