package no.ledernett.municipalities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import no.ledernett.platform.Audited;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;

/**
 * A municipality's whole list of leaders from its HR system, matched by e-mail: new ones are
 * registered, known ones brought up to date, the rest left alone (a leader who left may still have
 * a group to finish; staff or the contact end that by hand). Sending the same list again changes
 * nothing. One bad row stops the whole list, with every row's problems named, and nothing is stored.
 */
@ApplicationScoped
public class LeaderSync {

    public static final int MAX_ROWS = 5000;

    /** One leader as the HR system sends them; {@code reportsTo} is the manager's e-mail, in the list or already registered. */
    public record Entry(String name, String email, String phone, String positionTitle, String unit, String reportsTo) {
    }

    /** What the list changed: e-mails added and changed, how many were already as sent, and the registered leaders it did not name. */
    public record Result(List<String> added, List<String> changed, int unchanged, List<String> notInList) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    Event<Audited> audit;

    @Transactional
    public Result sync(Viewer viewer, String number, List<Entry> entries) {
        boolean staff = viewer != null && viewer.is(Viewer.Role.STAFF);
        boolean ownContact = viewer != null && viewer.is(Viewer.Role.CONTACT) && viewer.belongsTo(number);
        if (!staff && !ownContact) {
            throw new NotFoundException("Municipality", number);
        }
        Municipality municipality = directory.require("municipality", number);
        Map<String, Leader> registered = new LinkedHashMap<>();
        for (Leader l : em.createQuery("SELECT l FROM Leader l WHERE l.municipality.number = :m AND l.erasedOn IS NULL ORDER BY l.id", Leader.class)
                .setParameter("m", number).getResultList()) {
            registered.putIfAbsent(key(l.getEmail()), l);
        }
        check(entries, registered);

        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        Map<String, Leader> byEmail = new HashMap<>(registered);
        Map<Leader, String> before = new HashMap<>();
        for (Entry e : entries) {
            Leader known = registered.get(key(e.email()));
            if (known == null) {
                Leader leader = new Leader(municipality);
                leader.apply(input(number, e, null, null));
                em.persist(leader);
                byEmail.put(key(e.email()), leader);
                added.add(e.email().trim());
            } else {
                before.put(known, snapshot(known));
                known.apply(input(number, e, known.getSectorId(), known.getReportsToId()));
            }
        }
        // Managers by e-mail, now that new leaders have ids.
        em.flush();
        for (Entry e : entries) {
            Leader leader = byEmail.get(key(e.email()));
            Long manager = blank(e.reportsTo()) ? null : byEmail.get(key(e.reportsTo())).getId();
            if (!Objects.equals(manager, leader.getReportsToId())) {
                leader.apply(input(number, e, leader.getSectorId(), manager));
            }
            if (before.containsKey(leader) && !before.get(leader).equals(snapshot(leader))) {
                changed.add(leader.getEmail());
            }
        }
        em.flush();
        List<String> notInList = registered.entrySet().stream().filter(r -> entries.stream().noneMatch(e -> key(e.email()).equals(r.getKey())))
                .map(r -> r.getValue().getEmail()).toList();
        int unchanged = before.size() - changed.size();
        audit.fire(new Audited(viewer, "leaders.sync", "municipality:" + number + " +" + added.size() + " ~" + changed.size() + " =" + unchanged));
        return new Result(added, changed, unchanged, notInList);
    }

    /** Every row's problems at once, each named by its place in the list: leaders[3].email. */
    private void check(List<Entry> entries, Map<String, Leader> registered) {
        if (entries == null) {
            throw new InvalidInputException(Violation.of("leaders", "required"));
        }
        if (entries.size() > MAX_ROWS) {
            throw new InvalidInputException(Violation.of(MunicipalityTexts.RULES, "leaders", "sync.tooMany", MAX_ROWS));
        }
        Rules rules = new Rules();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String at = "leaders[" + i + "].";
            if (e == null) {
                rules.add(Violation.of(at + "name", "required"));
                continue;
            }
            for (Violation v : input(null, e, null, null).check().violations()) {
                rules.add(new Violation(at + v.field(), v.rule(), v.bundle(), v.args()));
            }
            if (!blank(e.email()) && seen.putIfAbsent(key(e.email()), i) != null) {
                rules.add(Violation.of(MunicipalityTexts.RULES, at + "email", "sync.duplicate", seen.get(key(e.email())) + 1));
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e != null && !blank(e.reportsTo())) {
                boolean known = seen.containsKey(key(e.reportsTo())) || registered.containsKey(key(e.reportsTo()));
                if (!known || key(e.reportsTo()).equals(key(e.email()))) {
                    rules.add(Violation.of(MunicipalityTexts.RULES, "leaders[" + i + "].reportsTo", "sync.reportsTo"));
                }
            }
        }
        rules.check();
    }

    private static LeaderInput input(String number, Entry e, Long sectorId, Long reportsToId) {
        return new LeaderInput(number, e.name(), e.email(), e.phone(), e.positionTitle(), sectorId, e.unit(), reportsToId, null);
    }

    private static String snapshot(Leader l) {
        return String.join("\u0000", Objects.toString(l.getName()), Objects.toString(l.getEmail()), Objects.toString(l.getPhone()),
                Objects.toString(l.getPositionTitle()), Objects.toString(l.getUnit()), Objects.toString(l.getReportsToId()));
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
