package no.ledernett.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import no.ledernett.municipalities.Leader;
import no.ledernett.municipalities.Leaders;
import no.ledernett.platform.Audited;
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
        Leader leader = leaders.get(leaderId);
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
        data.put("groups", em.createQuery("SELECT m.group.name, m.joined, m.left FROM Membership m WHERE m.leaderId = :l", Object[].class)
                .setParameter("l", leaderId).getResultStream()
                .map(r -> Map.of("group", String.valueOf(r[0]), "joined", String.valueOf(r[1]), "left", String.valueOf(r[2]))).toList());
        data.putAll(records.export(leaderId));
        em.createQuery("SELECT u FROM UserAccount u WHERE u.leaderId = :l", UserAccount.class).setParameter("l", leaderId).getResultStream()
                .findFirst().ifPresent(u -> data.put("user", Map.of("email", u.getEmail(), "role", u.getRole().name(), "status", u.getStatus(),
                        "lastSignIn", String.valueOf(u.getLastSignIn()))));
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
