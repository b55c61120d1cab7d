package no.ledernett.accounts;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import no.ledernett.groups.Members;
import no.ledernett.matching.Advisers;
import no.ledernett.municipalities.Contacts;
import no.ledernett.municipalities.LeaderRow;
import no.ledernett.municipalities.Leaders;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.platform.DemoDataRequested;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Viewer;

/**
 * One user for each role, so every screen can be tried: staff, the Bergen group's adviser, a
 * contact in Bergen, one in Bodø and one in Lillestrøm, a leader in the Bergen group. All share the demo password,
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

    @Inject
    Advisers advisers;

    @Inject
    Contacts contacts;

    @Inject
    Leaders leaders;

    @Inject
    Members members;

    @Transactional
    void load(@Observes @Priority(500) DemoDataRequested request) {
        if (em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult() > 0) {
            return;
        }
        accounts.createWithPassword(STAFF, "Siri Stab", Viewer.Role.STAFF, null, null, null, PASSWORD);
        advisers.find("Hanne Lunde", 10).stream().filter(a -> "Hanne Lunde".equals(a[1])).findFirst()
                .ifPresent(a -> accounts.createWithPassword((String) a[3], (String) a[1], Viewer.Role.ADVISER, null, (Long) a[0], null, PASSWORD));
        for (String municipality : List.of("4601", "1804", "3205")) {
            contacts.cards(new MunicipalityNumber(municipality)).stream().findFirst()
                    .ifPresent(c -> accounts.createWithPassword(c.email(), c.name(), Viewer.Role.CONTACT, null, null, municipality, PASSWORD));
        }
        firstMemberIn(new MunicipalityNumber("4601")).filter(l -> l.email() != null)
                .ifPresent(l -> accounts.createWithPassword(l.email(), l.name(), Viewer.Role.PARTICIPANT, l.id(), null, "4601", PASSWORD));
        LOG.info("Demo data loaded: a user for each role (password in the README)");
    }

    /** The first leader (by id) in the municipality who is or was in a group; a few statements, once, on an empty database. */
    private Optional<LeaderRow> firstMemberIn(MunicipalityNumber municipality) {
        List<LeaderRow> all = new ArrayList<>();
        for (int page = 0;; page++) {
            List<LeaderRow> rows = leaders.rows(municipality, null, new PageRequest(page, PageRequest.MAX_SIZE));
            all.addAll(rows);
            if (rows.size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return all.stream().sorted(Comparator.comparingLong(LeaderRow::id)).filter(l -> !members.ofLeader(l.id()).isEmpty()).findFirst();
    }
}
