package no.ledernett.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ledernett.municipalities.Leaders;
import no.ledernett.platform.Audited;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.PersonalDataSource;
import no.ledernett.platform.Viewer;

/**
 * A leader's rights under the GDPR: everything we keep about them as one JSON document (art. 15
 * and 20), and erasure (art. 17) that removes or anonymises their personal data while keeping
 * hours and anonymous figures. Every export and erasure is in the audit log.
 *
 * <p>Confidential text (challenges, next steps, feedback comments, advisers' notes) reaches only
 * the leader it is about: the leader downloads the complete export themselves ({@link #own}); what
 * staff export on a leader's request ({@link #forStaff}) holds those records only as that they
 * exist and their dates. Which export is given follows from who asks, never from the request.
 * See docs/privacy.md.
 */
@ApplicationScoped
public class PersonalData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Leaders leaders;

    /** Every module's records about a leader (today: meetings, challenges, feedback, coaching, calendar links). */
    @Inject
    Instance<PersonalDataSource> records;

    @Inject
    Accounts accounts;

    @Inject
    BasicCredentials remembered;

    @Inject
    Event<Audited> audit;

    /** What staff may hand over on a leader's request: every record, confidential ones as counts and dates. */
    public Map<String, Object> forStaff(long leaderId, Viewer by) {
        if (!by.is(Viewer.Role.STAFF)) {
            throw new NotFoundException("Leader", leaderId);
        }
        Map<String, Object> data = export(leaderId, false);
        audit.fire(new Audited(by, "gdpr.export", "leader:" + leaderId));
        return data;
    }

    /** The signed-in leader's own complete export, texts included; the leader is always the one asking. */
    public Map<String, Object> own(Viewer by) {
        if (!by.is(Viewer.Role.PARTICIPANT) || by.leaderId() == null) {
            throw new NotFoundException("Leader", by.leaderId() == null ? -1 : by.leaderId());
        }
        Map<String, Object> data = export(by.leaderId(), true);
        audit.fire(new Audited(by, "gdpr.export.own", "leader:" + by.leaderId()));
        return data;
    }

    private Map<String, Object> export(long leaderId, boolean texts) {
        // The leader with their user account and group memberships in one statement: one row per membership (at least one).
        // Through the views municipalities and groups publish (ExportLeader, ExportMembership): their services would take a
        // statement each, and the export's budget is tight (StatementCountIT).
        List<Object[]> rows = em.createQuery("SELECT u, m.id, m.groupName, m.joined, m.left, "
                        + "l.id, l.name, l.email, l.phone, l.positionTitle, l.unit, l.municipalityNumber FROM ExportLeader l "
                        + "LEFT JOIN UserAccount u ON u.leaderId = l.id LEFT JOIN ExportMembership m ON m.leaderId = l.id "
                        + "WHERE l.id = :l ORDER BY m.id", Object[].class)
                .setParameter("l", leaderId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Leader", leaderId);
        }
        Object[] leader = rows.get(0);
        UserAccount user = (UserAccount) leader[0];
        Map<Object, Map<String, String>> groups = new LinkedHashMap<>();
        rows.stream().filter(r -> r[1] != null).forEach(r -> {
            // A current membership has not ended: "left" is JSON null, never the text "null".
            Map<String, String> membership = new LinkedHashMap<>();
            membership.put("group", text(r[2]));
            membership.put("joined", text(r[3]));
            membership.put("left", text(r[4]));
            groups.putIfAbsent(r[1], membership);
        });
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("id", leader[5]);
        person.put("name", leader[6]);
        person.put("email", leader[7]);
        person.put("phone", leader[8]);
        person.put("positionTitle", leader[9]);
        person.put("unit", leader[10]);
        person.put("municipality", leader[11]);
        data.put("leader", person);
        data.put("groups", List.copyOf(groups.values()));
        records.forEach(source -> data.putAll(texts ? source.complete(leaderId) : source.withoutTexts(leaderId)));
        if (user != null) {
            Map<String, Object> account = new LinkedHashMap<>();
            account.put("email", user.getEmail());
            account.put("role", user.getRole().name());
            account.put("status", user.getStatus());
            account.put("lastSignIn", text(user.getLastSignIn()));
            data.put("user", account);
        }
        return data;
    }

    /** A value as text, or null (JSON null) when there is none. */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    @Transactional
    public void erase(long leaderId, Viewer by) {
        leaders.get(leaderId);
        records.forEach(source -> source.erase(leaderId));
        em.createQuery("DELETE FROM UserAccount u WHERE u.leaderId = :l").setParameter("l", leaderId).executeUpdate();
        leaders.anonymise(leaderId);
        remembered.forgetAll();
        audit.fire(new Audited(by, "gdpr.erase", "leader:" + leaderId));
    }
}
