package no.ledernett.municipalities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.ledernett.platform.Audited;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Sectors;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;

/**
 * A municipality's whole list of leaders from its HR system, matched by e-mail: new ones are
 * registered, known ones brought up to date, the rest left alone (a leader who left may still have
 * a group to finish; staff or the contact end that by hand). Sending the same list again changes
 * nothing. One bad row stops the whole list, with every row's problems named, and nothing is stored.
 * A spreadsheet import ({@link #preview}, then {@link #importRows} with the rows chosen) goes through
 * the same checks and the same writing.
 */
@ApplicationScoped
public class LeaderSync {

    public static final int MAX_ROWS = 5000;

    /**
     * One leader as the HR system sends them; {@code reportsTo} is the manager's e-mail, in the list or already registered;
     * {@code sector} a sector's name (any case), left as it was when absent.
     */
    public record Entry(String name, String email, String phone, String positionTitle, String unit, String reportsTo, String sector)
            implements Serializable {
    }

    /** What the list changed: e-mails added and changed, how many were already as sent, and the registered leaders it did not name. */
    public record Result(List<String> added, List<String> changed, int unchanged, List<String> notInList) implements Serializable {
    }

    /** What storing a row would do. */
    public enum Outcome { NEW, CHANGED, UNCHANGED, INVALID }

    /** One row of a list before it is stored: what it would do, and its problems (fields named without the row's place). */
    public record RowCheck(int index, Entry entry, Outcome outcome, List<Violation> problems) implements Serializable {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    Sectors sectors;

    @Inject
    Event<Audited> audit;

    @Transactional
    public Result sync(Viewer viewer, String number, List<Entry> entries) {
        return store(viewer, number, entries, Set.of(), "leaders.sync");
    }

    /**
     * Stores rows chosen from a previewed spreadsheet, with the same checks as {@link #sync}; audited as an import. The
     * fields in {@code kept} (as named in {@link Entry}: a column the file does not have) stay as they are for a
     * registered leader, rather than being emptied.
     */
    @Transactional
    public Result importRows(Viewer viewer, String number, List<Entry> entries, Set<String> kept) {
        return store(viewer, number, entries, kept, "leaders.import");
    }

    /**
     * Every row as {@link #sync} would take it, stored nothing: each row's problems, and whether it is new, would change a
     * registered leader or is already as given. A row whose manager is a row with problems has a problem too, so the rows
     * without problems can be stored on their own. Two statements.
     */
    public List<RowCheck> preview(Viewer viewer, String number, List<Entry> given, Set<String> kept) {
        allow(viewer, number);
        directory.require("municipality", number);
        if (given.size() > MAX_ROWS) {
            throw new InvalidInputException(Violation.of(MunicipalityTexts.RULES, "leaders", "sync.tooMany", MAX_ROWS));
        }
        Map<String, Leader> registered = registered(number);
        List<Entry> entries = keep(given, kept, registered);
        Map<String, Long> sectorIds = sectorIds();
        List<List<Violation>> problems = problems(entries, registered, sectorIds);
        Map<String, Integer> firstRow = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) != null) {
                firstRow.putIfAbsent(key(entries.get(i).email()), i);
            }
        }
        boolean more = true;
        while (more) {
            more = false;
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                if (problems.get(i).isEmpty() && !blank(e.reportsTo()) && !registered.containsKey(key(e.reportsTo()))) {
                    Integer manager = firstRow.get(key(e.reportsTo()));
                    if (manager != null && !problems.get(manager).isEmpty()) {
                        problems.get(i).add(Violation.of(MunicipalityTexts.RULES, "reportsTo", "sync.reportsTo.invalid", manager + 1));
                        more = true;
                    }
                }
            }
        }
        Map<Long, String> emailById = new HashMap<>();
        registered.values().forEach(l -> emailById.put(l.getId(), key(l.getEmail())));
        List<RowCheck> checks = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Leader known = e == null ? null : registered.get(key(e.email()));
            Outcome outcome = !problems.get(i).isEmpty() ? Outcome.INVALID
                    : known == null ? Outcome.NEW
                    : differs(known, e, sectorIds, emailById) ? Outcome.CHANGED : Outcome.UNCHANGED;
            checks.add(new RowCheck(i, e, outcome, List.copyOf(problems.get(i))));
        }
        return checks;
    }

    private Result store(Viewer viewer, String number, List<Entry> given, Set<String> kept, String action) {
        allow(viewer, number);
        Municipality municipality = directory.require("municipality", number);
        Map<String, Leader> registered = registered(number);
        List<Entry> entries = given == null ? null : keep(given, kept, registered);
        Map<String, Long> sectorIds = sectorIds();
        check(entries, registered, sectorIds);

        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        Map<String, Leader> byEmail = new HashMap<>(registered);
        Map<Leader, String> before = new HashMap<>();
        for (Entry e : entries) {
            Leader known = registered.get(key(e.email()));
            if (known == null) {
                Leader leader = new Leader(municipality);
                leader.apply(input(number, e, sector(e, sectorIds, null), null));
                em.persist(leader);
                byEmail.put(key(e.email()), leader);
                added.add(e.email().trim());
            } else {
                before.put(known, snapshot(known));
                known.apply(input(number, e, sector(e, sectorIds, known.getSectorId()), known.getReportsToId()));
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
        audit.fire(new Audited(viewer, action, "municipality:" + number + " +" + added.size() + " ~" + changed.size() + " =" + unchanged));
        return new Result(added, changed, unchanged, notInList);
    }

    /** The entries with the kept fields of each registered leader filled in from what is registered. */
    private static List<Entry> keep(List<Entry> entries, Set<String> kept, Map<String, Leader> registered) {
        if (kept.isEmpty()) {
            return entries;
        }
        Map<Long, String> emailById = new HashMap<>();
        registered.values().forEach(l -> emailById.put(l.getId(), l.getEmail()));
        return entries.stream().map(e -> e == null ? null : kept(e, kept, registered.get(key(e.email())), emailById)).toList();
    }

    /** One entry with the kept fields taken from the registered leader, if there is one; a new leader's stay empty. */
    static Entry kept(Entry e, Set<String> kept, Leader known, Map<Long, String> emailById) {
        if (known == null) {
            return e;
        }
        return new Entry(e.name(), e.email(),
                kept.contains("phone") ? known.getPhone() : e.phone(),
                kept.contains("positionTitle") ? known.getPositionTitle() : e.positionTitle(),
                kept.contains("unit") ? known.getUnit() : e.unit(),
                kept.contains("reportsTo") ? (known.getReportsToId() == null ? null : emailById.get(known.getReportsToId())) : e.reportsTo(),
                kept.contains("sector") ? null : e.sector());
    }

    /** Staff for any municipality, a contact for their own; anyone else finds nothing. */
    private static void allow(Viewer viewer, String number) {
        if (viewer == null || !viewer.actsFor(number)) {
            throw new NotFoundException("Municipality", number);
        }
    }

    private Map<String, Leader> registered(String number) {
        Map<String, Leader> registered = new LinkedHashMap<>();
        for (Leader l : em.createQuery("SELECT l FROM Leader l WHERE l.municipality.number = :m AND l.erasedOn IS NULL ORDER BY l.id", Leader.class)
                .setParameter("m", number).getResultList()) {
            registered.putIfAbsent(key(l.getEmail()), l);
        }
        return registered;
    }

    /** Sectors by their name in lower case; one still offered wins over one that is not under the same name. */
    private Map<String, Long> sectorIds() {
        Map<String, Long> ids = new HashMap<>();
        for (Sectors.Sector s : sectors.all()) {
            if (s.active()) {
                ids.put(key(s.name()), s.id());
            } else {
                ids.putIfAbsent(key(s.name()), s.id());
            }
        }
        return ids;
    }

    /** Every row's problems at once, each named by its place in the list: leaders[3].email. */
    private void check(List<Entry> entries, Map<String, Leader> registered, Map<String, Long> sectorIds) {
        if (entries == null) {
            throw new InvalidInputException(Violation.of("leaders", "required"));
        }
        if (entries.size() > MAX_ROWS) {
            throw new InvalidInputException(Violation.of(MunicipalityTexts.RULES, "leaders", "sync.tooMany", MAX_ROWS));
        }
        Rules rules = new Rules();
        List<List<Violation>> problems = problems(entries, registered, sectorIds);
        for (int i = 0; i < problems.size(); i++) {
            for (Violation v : problems.get(i)) {
                rules.add(new Violation("leaders[" + i + "]." + v.field(), v.rule(), v.bundle(), v.args()));
            }
        }
        rules.check();
    }

    /** Each row's problems, fields named as in {@link Entry}. */
    private static List<List<Violation>> problems(List<Entry> entries, Map<String, Leader> registered, Map<String, Long> sectorIds) {
        List<List<Violation>> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            List<Violation> row = new ArrayList<>();
            problems.add(row);
            if (e == null) {
                row.add(Violation.of("name", "required"));
                continue;
            }
            row.addAll(input(null, e, null, null).check().violations());
            if (!blank(e.email()) && seen.putIfAbsent(key(e.email()), i) != null) {
                row.add(Violation.of(MunicipalityTexts.RULES, "email", "sync.duplicate", seen.get(key(e.email())) + 1));
            }
            if (!blank(e.sector()) && !sectorIds.containsKey(key(e.sector()))) {
                row.add(Violation.of(MunicipalityTexts.RULES, "sector", "sync.sector", e.sector().trim()));
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e != null && !blank(e.reportsTo())) {
                boolean known = seen.containsKey(key(e.reportsTo())) || registered.containsKey(key(e.reportsTo()));
                if (!known || key(e.reportsTo()).equals(key(e.email()))) {
                    problems.get(i).add(Violation.of(MunicipalityTexts.RULES, "reportsTo", "sync.reportsTo"));
                }
            }
        }
        return problems;
    }

    /** Whether storing the row would change the registered leader (as {@link #snapshot} compares them). */
    private static boolean differs(Leader known, Entry e, Map<String, Long> sectorIds, Map<Long, String> emailById) {
        String manager = known.getReportsToId() == null ? "" : emailById.getOrDefault(known.getReportsToId(), "#" + known.getReportsToId());
        return !known.getName().equals(e.name().trim()) || !known.getEmail().equals(e.email().trim())
                || !Objects.equals(known.getPhone(), Contact.blankToNull(e.phone()))
                || !Objects.equals(known.getPositionTitle(), Contact.blankToNull(e.positionTitle()))
                || !Objects.equals(known.getUnit(), Contact.blankToNull(e.unit()))
                || !Objects.equals(known.getSectorId(), sector(e, sectorIds, known.getSectorId()))
                || !manager.equals(key(e.reportsTo()));
    }

    private static Long sector(Entry e, Map<String, Long> sectorIds, Long current) {
        return blank(e.sector()) ? current : sectorIds.get(key(e.sector()));
    }

    private static LeaderInput input(String number, Entry e, Long sectorId, Long reportsToId) {
        return new LeaderInput(number, e.name(), e.email(), e.phone(), e.positionTitle(), sectorId, e.unit(), reportsToId, null);
    }

    private static String snapshot(Leader l) {
        return String.join("\u0000", Objects.toString(l.getName()), Objects.toString(l.getEmail()), Objects.toString(l.getPhone()),
                Objects.toString(l.getPositionTitle()), Objects.toString(l.getUnit()), Objects.toString(l.getSectorId()),
                Objects.toString(l.getReportsToId()));
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
