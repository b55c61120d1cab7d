package no.ledernett.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ledernett.municipalities.Leader;
import no.ledernett.municipalities.Leaders;
import no.ledernett.platform.Audited;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Viewer;
import no.ledernett.sessions.LeaderRecords;

/**
 * A leader's rights under the GDPR, exercised by staff on the leader's request: everything we keep
 * about them as one JSON document (art. 15 and 20), and erasure (art. 17) that removes or
 * anonymises their personal data while keeping hours and anonymous figures. Both are in the audit log.
 */
@ApplicationScoped
public class PersonalData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Leaders leaders;

    @Inject
    LeaderRecords records;

    @Inject
    Accounts accounts;

    @Inject
    BasicCredentials remembered;

    @Inject
    Event<Audited> audit;

    public Map<String, Object> export(long leaderId, Viewer by) {
        // The leader with their user account and group memberships in one statement: one row per membership (at least one).
        List<Object[]> rows = em.createQuery("SELECT l, u, m.id, g.name, m.joined, m.left FROM Leader l "
                        + "LEFT JOIN UserAccount u ON u.leaderId = l.id LEFT JOIN Membership m ON m.leaderId = l.id LEFT JOIN m.group g "
                        + "WHERE l.id = :l ORDER BY m.id", Object[].class)
                .setParameter("l", leaderId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Leader", leaderId);
        }
        Leader leader = (Leader) rows.get(0)[0];
        UserAccount user = (UserAccount) rows.get(0)[1];
        Map<Object, Map<String, String>> groups = new LinkedHashMap<>();
        rows.stream().filter(r -> r[2] != null).forEach(r -> groups.putIfAbsent(r[2],
                Map.of("group", String.valueOf(r[3]), "joined", String.valueOf(r[4]), "left", String.valueOf(r[5]))));
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("id", leader.getId());
        person.put("name", leader.getName());
        person.put("email", leader.getEmail());
        person.put("phone", leader.getPhone());
        person.put("positionTitle", leader.getPositionTitle());
        person.put("unit", leader.getUnit());
        person.put("municipality", leader.getMunicipalityNumber());
        data.put("leader", person);
        data.put("groups", List.copyOf(groups.values()));
        data.putAll(records.export(leaderId));
        if (user != null) {
            data.put("user", Map.of("email", user.getEmail(), "role", user.getRole().name(), "status", user.getStatus(),
                    "lastSignIn", String.valueOf(user.getLastSignIn())));
        }
        audit.fire(new Audited(by, "gdpr.export", "leader:" + leaderId));
        return data;
    }

    @Transactional
    public void erase(long leaderId, Viewer by) {
        leaders.get(leaderId);
        records.erase(leaderId);
        em.createQuery("DELETE FROM UserAccount u WHERE u.leaderId = :l").setParameter("l", leaderId).executeUpdate();
        leaders.anonymise(leaderId);
        remembered.forgetAll();
        audit.fire(new Audited(by, "gdpr.erase", "leader:" + leaderId));
    }
}
