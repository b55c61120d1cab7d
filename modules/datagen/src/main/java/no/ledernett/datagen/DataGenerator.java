package no.ledernett.datagen;

import java.security.spec.KeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.flywaydb.core.Flyway;

/**
 * Fills an empty Ledernett database with a realistic, reproducible data set for performance work:
 * 150 client municipalities with contacts and engagements, 5,000 leaders, 80 advisers, 600
 * network groups with about 12,000 meetings (held ones with attendance, challenges, feedback and
 * hours; planned ones ahead), 2,000 individual coaching sessions, and a user account for every
 * role, all with the password {@value #PASSWORD}. Counts scale with {@code --scale}; the same
 * {@code --seed} and {@code --today} give the same rows.
 *
 * <p>The schema comes from the modules' own Flyway migrations (the module jars are on the class
 * path), configured as the application's {@code DatabaseStartup} does. Rows are written with plain
 * JDBC batches in one transaction, with explicit ids; afterwards every sequence is moved past the
 * largest id, so the application (EclipseLink, allocation 50) can insert next to them.
 *
 * <pre>
 * java -jar ledernett-datagen.jar [--url jdbc:h2:file:./data/ledernett] [--user ledernett] [--password ledernett]
 *                                 [--scale 1.0] [--seed 42] [--today 2026-11-27]
 * </pre>
 */
public final class DataGenerator {
    /** The zone of platform.NorwegianTime; this command runs without the platform module on its class path. */
    private static final java.time.ZoneId OSLO = java.time.ZoneId.of("Europe/Oslo");


    static final String PASSWORD = "ledernett-demo";

    private static final String[] FIRST = {
        "Anne", "Kari", "Ingrid", "Marit", "Liv", "Hilde", "Silje", "Ida", "Nora", "Ragnhild", "Tone", "Randi", "Marianne", "Camilla",
        "Hanne", "Kristin", "Eli", "Sigrid", "Astrid", "Line", "Guro", "Maja", "Solveig", "Turid", "Berit", "Heidi", "Elisabeth", "Mona",
        "Ole", "Lars", "Per", "Jon", "Knut", "Arne", "Bjørn", "Geir", "Morten", "Trond", "Terje", "Rune", "Espen", "Øyvind", "Håkon",
        "Eirik", "Sindre", "Magnus", "Henrik", "Jørgen", "Kjetil", "Stian", "Tor Arne", "Gunnar", "Svein", "Odd", "Nils", "Harald",
        "Aslak", "Ánde", "Ellen", "Inga"};
    private static final String[] LAST = {
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen",
        "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen",
        "Henriksen", "Lund", "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen", "Eide",
        "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen", "Lie", "Amundsen", "Nguyen", "Rasmussen",
        "Solheim", "Vik", "Haugland", "Lunde", "Rød", "Eira", "Sara", "Bakke", "Myklebust", "Aasen", "Tveit", "Fjeld", "Nygård",
        "Brekke", "Sæther", "Ødegård", "Holm"};
    /** Subject areas 1–9 of the matching migration, with position titles, unit names and group names. */
    private static final String[][] TITLES = {
        {},
        {"Rektor", "Assisterende rektor", "Avdelingsleder", "Inspektør"},
        {"Styrer", "Pedagogisk leder", "Barnehagestyrer"},
        {"Avdelingsleder sykehjem", "Enhetsleder hjemmetjenesten", "Fagleder helse", "Virksomhetsleder omsorg"},
        {"Barnevernleder", "Teamleder barnevern", "Fagleder barnevern"},
        {"NAV-leder", "Teamleder NAV", "Leder sosialtjenesten"},
        {"Enhetsleder teknisk drift", "Plansjef", "Virksomhetsleder eiendom", "Byggesaksleder"},
        {"Kultursjef", "Rektor kulturskolen", "Biblioteksjef"},
        {"Økonomisjef", "HR-sjef", "Enhetsleder service", "IKT-leder"},
        {"Leder psykisk helse og rus", "Teamleder rus", "Fagleder psykisk helse"}};
    private static final String[] UNIT_SUFFIX = {"", "skole", "barnehage", "sykehjem", "barneverntjeneste", "NAV-kontor", "teknisk drift",
        "kulturhus", "rådhuset", "psykisk helsetjeneste"};
    private static final String[] UNIT_PREFIX = {"Nordre", "Søndre", "Østre", "Vestre", "Sentrum", "Fjell", "Strand", "Haug", "Berg", "Dal",
        "Li", "Moen", "Sjøsiden", "Bakkehaugen", "Furulund"};
    private static final String[] GROUP_NAME = {"Tverrfaglig ledernettverk", "Rektornettverk", "Barnehagestyrere", "Ledere i helse og omsorg",
        "Barnevernledere", "Ledere i NAV og sosial", "Ledere i teknisk og plan", "Kulturledere", "Stabsledere", "Ledere i psykisk helse og rus"};
    private static final String[] SECTOR_HEAD = {"", "Kommunalsjef oppvekst", "Barnehagesjef", "Kommunalsjef helse og omsorg",
        "Barnevernsjef", "Kommunalsjef velferd", "Kommunalsjef teknisk", "Kommunalsjef kultur", "Kommunedirektør", "Kommunalsjef helse"};
    private static final String[] CONTACT_TITLES = {"Kommunalsjef oppvekst", "HR-rådgiver", "Kommunaldirektør", "Personalsjef", "Oppvekstsjef",
        "HR-sjef", "Organisasjonssjef", "Rådgiver lederutvikling"};
    private static final String[] PROGRAMMES = {"Lederløftet", "Lederutviklingsprogram", "Sammen om ledelse", "Ledere i utvikling", "Ny som leder"};
    private static final String[][] CHALLENGES = {
        {"Medarbeider som ikke følger opp felles regler", "Ønsker hjelp til å forberede en krevende samtale."},
        {"Sykefravær i ett team", "Hvordan få oversikt uten å mistenkeliggjøre?"},
        {"Innbyggere som går rett til kommunalsjefen", "Hvordan få saker tilbake til tjenesten?"},
        {"Ny avdelingsleder i gammelt kollegium", "Hvordan støtte uten å overstyre?"},
        {"Budsjettkutt neste høst", "Hvordan involvere ansatte tidlig?"},
        {"Konflikt mellom to faggrupper", "Hvordan lede et møte der begge blir hørt?"},
        {"Omorganisering av tjenesten", "Hvordan kommunisere det vi ikke vet ennå?"},
        {"Rekruttering av fagfolk", "Hva gjør vi når ingen søker?"},
        {"Tillitsvalgt som blokkerer endringer", "Hvordan bygge et samarbeid?"},
        {"For mange møter, for lite ledelse", "Hvordan prioritere egen tid?"},
        {"Digitalt verktøy ingen bruker", "Hvordan få med de skeptiske?"},
        {"Leder for tidligere kolleger", "Hvordan sette grenser uten å miste relasjonen?"}};
    private static final String[] NEXT_STEPS = {"Ta samtalen innen to uker, med et konkret forslag.", "Kalle inn teamet til et eget møte om saken.",
        "Snakke med HR om muligheter før neste møte.", "Skrive ned forventningene og dele dem med gruppen.", "Prøve ut forslaget i én måned og evaluere."};
    private static final String[] FEEDBACK = {"Nyttig møte, konkrete råd.", "Godt å høre hvordan andre løser det.", "Litt for kort tid på slutten.",
        "Trygg ramme, god ledelse av møtet.", null};
    private static final String[] COACHING_NOTES = {"Jobbet med rollen som leder for tidligere kolleger.", "Forberedte medarbeidersamtaler.",
        "Gikk gjennom tilbakemeldinger fra ansatte.", "Satt mål for neste periode."};
    private static final String[] ABSENCE = {"Ferie", "Kurs", "Permisjon", "Avspasering"};

    private final Random random;
    private final double scale;
    private final LocalDate today;
    private final String passwordHash;

    private final Set<String> emails = new HashSet<>();
    private final Map<String, Long> sequenceMax = new LinkedHashMap<>();

    record Municipality(String number, String name, String county, String slug) {
    }

    record Leader(long id, Municipality municipality, String name, String email, String title, long sector, String unit, Long reportsTo) {
    }

    record Adviser(long id, String name, String title, String email, String county, boolean active, Map<Long, Integer> competences) {
    }

    static final class Membership {
        long id;
        Leader leader;
        LocalDate joined;
        LocalDate left;
    }

    static final class Group {
        long id;
        String name;
        Municipality municipality;
        Engagement engagement;
        boolean subjectSpecific;
        Long subject;
        boolean competenceRequired;
        String method;
        String interval;
        int minutes;
        LocalDate start;
        String mode;
        String location;
        String status;
        Long adviser;
        LocalTime startTime;
        List<LocalDate> dates = new ArrayList<>();
        List<Membership> members = new ArrayList<>();
    }

    static final class Engagement {
        long id;
        Municipality municipality;
        String kind;
        Long programme;
        LocalDate start;
        LocalDate end;
        double hours;
        String status;
        String notes;
    }

    static final class Course {
        long id;
        Leader leader;
        long adviser;
        Engagement engagement;
        LocalDate start;
        LocalDate end;
        double hoursPerMonth;
        List<LocalDate> dates = new ArrayList<>();
        int minutes;
        String mode;
    }

    DataGenerator(long seed, double scale, LocalDate today) {
        this.random = new Random(seed);
        this.scale = scale;
        this.today = today;
        this.passwordHash = hash(PASSWORD, new Random(seed ^ 0x5eed));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>(Map.of("url", "jdbc:h2:file:./data/ledernett", "user", "ledernett", "password", "ledernett",
                "scale", "1.0", "seed", "42", "today", LocalDate.now(OSLO).toString()));
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                System.out.println("Usage: java -jar ledernett-datagen.jar [--url JDBC_URL] [--user U] [--password P] [--scale 1.0] [--seed 42]"
                        + " [--today YYYY-MM-DD]");
                return;
            }
            if (!a.startsWith("--") || i + 1 >= args.length || !opt.containsKey(a.substring(2))) {
                System.err.println("Unknown or incomplete option: " + a + " (try --help)");
                System.exit(2);
            }
            opt.put(a.substring(2), args[++i]);
        }
        double scale = Double.parseDouble(opt.get("scale"));
        if (scale <= 0 || scale > 10) {
            System.err.println("--scale must be above 0 and at most 10");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        String url = opt.get("url");
        Flyway.configure(DataGenerator.class.getClassLoader())
                .dataSource(url, opt.get("user"), opt.get("password"))
                .locations("classpath:db/migration")
                .load()
                .migrate();
        long t1 = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("user", opt.get("user"));
        props.setProperty("password", opt.get("password"));
        if (url.startsWith("jdbc:postgresql:")) {
            props.setProperty("reWriteBatchedInserts", "true");
        }
        try (Connection c = DriverManager.getConnection(url, props)) {
            c.setAutoCommit(false);
            DataGenerator generator = new DataGenerator(Long.parseLong(opt.get("seed")), scale, LocalDate.parse(opt.get("today")));
            generator.refuseNonEmpty(c);
            Map<String, Long> counts = generator.fill(c);
            generator.moveSequences(c);
            c.commit();
            long t2 = System.nanoTime();
            System.out.printf("Migrated in %.1f s, generated in %.1f s (scale %s, seed %s, today %s):%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                    opt.get("scale"), opt.get("seed"), opt.get("today"));
            counts.forEach((table, n) -> System.out.printf("  %-18s %,8d%n", table, n));
            System.out.println("Every user's password: " + PASSWORD + " (staff: staff@ledernett.no)");
        }
    }

    private void refuseNonEmpty(Connection c) throws SQLException {
        for (String table : List.of("contact", "leader", "adviser", "network_group", "user_account")) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                r.next();
                if (r.getLong(1) > 0) {
                    System.err.println("The database already has data (" + table + " is not empty). Give an empty database: the generator"
                            + " adds a whole data set and never changes existing rows.");
                    System.exit(3);
                }
            }
        }
    }

    private int n(int full, int min) {
        return Math.max(min, (int) Math.round(full * scale));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String[] a) {
        return a[random.nextInt(a.length)];
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    static String slug(String s) {
        String t = s.toLowerCase().replace("æ", "ae").replace("ø", "o").replace("å", "a").replace("á", "a").replace("č", "c")
                .replace("š", "s").replace("ŋ", "n").replace("đ", "d").replace("ŧ", "t").replace("ž", "z");
        t = java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD).replaceAll("[^a-z0-9]+", "-");
        return t.replaceAll("^-+|-+$", "");
    }

    private String email(String name, String domain) {
        String base = slug(name).replace('-', '.');
        String e = base + "@" + domain;
        for (int i = 2; !emails.add(e); i++) {
            e = base + i + "@" + domain;
        }
        return e;
    }

    private String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    private String phone() {
        return String.format("+47 %02d %02d %02d %02d", between(20, 99), between(0, 99), between(0, 99), between(0, 99));
    }

    private static LocalDate weekday(LocalDate d) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return d.plusDays(2);
        }
        if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return d.plusDays(1);
        }
        return d;
    }

    private static LocalDate next(LocalDate d, String interval, int k) {
        return switch (interval) {
            case "EVERY_OTHER_WEEK" -> d.plusDays(14L * k);
            case "EVERY_THREE_WEEKS" -> d.plusDays(21L * k);
            case "EVERY_FOUR_WEEKS" -> d.plusDays(28L * k);
            case "EVERY_SIX_WEEKS" -> d.plusDays(42L * k);
            case "EVERY_OTHER_MONTH" -> d.plusMonths(2L * k);
            default -> d.plusMonths(k);
        };
    }

    private void seen(String table, long id) {
        sequenceMax.merge(table, id, Math::max);
    }

    /** Jakarta Security's Pbkdf2PasswordHash format, with the app's parameters: algorithm:iterations:salt:hash (Base64). */
    static String hash(String password, Random random) {
        try {
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 210_000, 32 * 8);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
            return "PBKDF2WithHmacSHA512:210000:" + Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(key);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Long> fill(Connection c) throws SQLException {
        // --- Municipalities (from the migration) and the clients among them.
        List<Municipality> all = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT municipality_number, name, county_number FROM municipality ORDER BY municipality_number")) {
            while (r.next()) {
                all.add(new Municipality(r.getString(1), r.getString(2), r.getString(3), slug(r.getString(2))));
            }
        }
        List<String> counties = all.stream().map(Municipality::county).distinct().sorted().toList();
        List<Municipality> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, random);
        int clientCount = Math.min(all.size(), n(150, 3));
        List<Municipality> clients = new ArrayList<>();
        for (String big : List.of("0301", "4601", "1804")) {
            all.stream().filter(m -> m.number().equals(big)).findFirst().ifPresent(clients::add);
        }
        for (Municipality m : shuffled) {
            if (clients.size() >= clientCount) {
                break;
            }
            if (!clients.contains(m)) {
                clients.add(m);
            }
        }
        clients.sort(Comparator.comparing(Municipality::number));

        // --- Leaders, spread by a skewed weight (a few large municipalities, many small ones).
        Map<Municipality, Double> weight = new LinkedHashMap<>();
        for (Municipality m : clients) {
            double w = Math.exp(random.nextGaussian() * 0.9);
            weight.put(m, m.number().equals("0301") ? 8 * w + 8 : m.number().equals("4601") ? 4 * w + 4 : w);
        }
        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        int leaderCount = n(5000, 40);
        Map<Municipality, List<Leader>> leadersOf = new LinkedHashMap<>();
        List<Leader> leaders = new ArrayList<>();
        long leaderId = 1000;
        for (Municipality m : clients) {
            int k = Math.max(8, (int) Math.round(leaderCount * weight.get(m) / total));
            List<Leader> here = new ArrayList<>();
            Map<Long, Long> heads = new HashMap<>();
            String domain = m.slug() + ".kommune.no";
            for (long sector = 1; sector <= 9 && here.size() < k; sector++) {
                if (k >= 20 || sector <= 3) {
                    String name = person();
                    Leader head = new Leader(++leaderId, m, name, email(name, domain), SECTOR_HEAD[(int) sector], sector, "Rådhuset", null);
                    here.add(head);
                    heads.put(sector, head.id());
                }
            }
            while (here.size() < k) {
                // Schools, kindergartens and care have most leaders.
                long sector = new long[] {1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 5, 6, 7, 8, 8, 9}[random.nextInt(17)];
                String name = person();
                Long boss = heads.containsKey(sector) && chance(0.6) ? heads.get(sector) : null;
                String unit = pick(UNIT_PREFIX) + " " + UNIT_SUFFIX[(int) sector];
                here.add(new Leader(++leaderId, m, name, email(name, domain), pick(TITLES[(int) sector]), sector, unit, boss));
            }
            leadersOf.put(m, here);
            leaders.addAll(here);
        }

        // --- Advisers with competences, absences, written forms and capacity.
        List<Adviser> advisers = new ArrayList<>();
        int adviserCount = n(80, 6);
        for (int i = 0; i < adviserCount; i++) {
            String name = person();
            Map<Long, Integer> comps = new LinkedHashMap<>();
            int k = between(1, 4);
            while (comps.size() < k) {
                comps.put((long) between(1, 9), between(1, 3));
            }
            double t = random.nextDouble();
            String title = t < 0.2 ? "Rådgiver" : t < 0.75 ? "Seniorrådgiver" : t < 0.9 ? "Spesialrådgiver" : "Partner";
            advisers.add(new Adviser(1000 + i + 1, name, title, email(name, "ledernett.no"), pick(counties), i % 20 != 19, comps));
        }
        List<Adviser> active = advisers.stream().filter(Adviser::active).toList();

        // --- Groups per client, in proportion to its leaders; then coaching courses.
        int groupCount = n(600, 4);
        Map<Municipality, Integer> groupsOf = new LinkedHashMap<>();
        List<Municipality> withGroups = new ArrayList<>();
        double leaderTotal = leaders.size();
        for (Municipality m : clients) {
            int g = (int) Math.round(groupCount * leadersOf.get(m).size() / leaderTotal);
            groupsOf.put(m, g);
        }
        int assigned = groupsOf.values().stream().mapToInt(Integer::intValue).sum();
        List<Municipality> byLeaders = new ArrayList<>(clients);
        byLeaders.sort(Comparator.comparing((Municipality m) -> -leadersOf.get(m).size()));
        for (int i = 0; assigned != groupCount; i = (i + 1) % byLeaders.size()) {
            Municipality m = byLeaders.get(i);
            if (assigned < groupCount) {
                groupsOf.merge(m, 1, Integer::sum);
                assigned++;
            } else if (groupsOf.get(m) > 0) {
                groupsOf.merge(m, -1, Integer::sum);
                assigned--;
            }
        }
        Map<Long, Integer> memberships = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        List<Engagement> engagements = new ArrayList<>();
        Map<Municipality, Engagement> networkOf = new HashMap<>();
        Map<Municipality, Engagement> coachingOf = new HashMap<>();
        long engagementId = 1000;
        String[] intervals = {"EVERY_OTHER_WEEK", "EVERY_THREE_WEEKS", "EVERY_FOUR_WEEKS", "EVERY_FOUR_WEEKS", "MONTHLY", "MONTHLY", "MONTHLY",
            "EVERY_SIX_WEEKS", "EVERY_OTHER_MONTH"};
        long groupId = 1000;
        for (Municipality m : clients) {
            int g = groupsOf.get(m);
            if (g == 0) {
                continue;
            }
            withGroups.add(m);
            boolean combined = chance(0.3);
            Engagement e = new Engagement();
            e.id = ++engagementId;
            e.municipality = m;
            e.kind = combined ? "NETWORK_GROUPS_AND_COACHING" : "NETWORK_GROUPS";
            engagements.add(e);
            networkOf.put(m, e);
            if (combined) {
                coachingOf.put(m, e);
            }
            List<Leader> pool = leadersOf.get(m);
            for (int i = 0; i < g; i++) {
                Group gr = new Group();
                gr.id = ++groupId;
                gr.municipality = m;
                gr.engagement = e;
                gr.subjectSpecific = chance(0.6);
                if (gr.subjectSpecific) {
                    gr.subject = pool.get(random.nextInt(pool.size())).sector();
                    gr.competenceRequired = chance(0.5);
                }
                gr.method = chance(0.55) ? "PEER_COACHING" : "ROUND";
                gr.interval = pick(intervals);
                gr.minutes = new int[] {120, 150, 180, 180, 240}[random.nextInt(5)];
                int planned = between(14, 26);
                gr.start = weekday(today.plusDays(between(-540, 60)));
                gr.mode = chance(0.75) ? "IN_PERSON" : "VIDEO";
                gr.location = gr.mode.equals("IN_PERSON") ? pick(UNIT_PREFIX) + " " + pick(new String[] {"rådhus, møterom 2", "kulturhus",
                    "skole, personalrommet", "helsehus, møterom"}) : null;
                gr.startTime = LocalTime.of(new int[] {9, 9, 12, 13}[random.nextInt(4)], 0);
                gr.name = GROUP_NAME[gr.subjectSpecific ? gr.subject.intValue() : 0] + " " + m.name() + " " + (i + 1);
                for (int k = 0; k < planned; k++) {
                    gr.dates.add(weekday(next(gr.start, gr.interval, k)));
                }
                boolean cancelled = chance(0.02);
                LocalDate last = gr.dates.get(gr.dates.size() - 1);
                gr.status = cancelled ? "CANCELLED" : last.isBefore(today) ? "COMPLETED" : gr.start.isAfter(today) ? "PLANNED" : "ACTIVE";
                if (cancelled) {
                    gr.dates.clear();
                }
                // Members: leaders of the subject's sector first, each leader in at most a few groups.
                List<Leader> candidates = new ArrayList<>(pool);
                Collections.shuffle(candidates, random);
                final Long subject = gr.subject;
                candidates.sort(Comparator.comparing((Leader l) -> subject != null && l.sector() != subject ? 1 : 0)
                        .thenComparing(l -> memberships.getOrDefault(l.id(), 0)));
                int size = Math.min(candidates.size(), between(5, 9));
                for (int k = 0; k < size; k++) {
                    Membership ms = new Membership();
                    ms.leader = candidates.get(k);
                    ms.joined = gr.start.minusDays(between(7, 30));
                    if (!gr.status.equals("PLANNED") && chance(0.05)) {
                        LocalDate until = gr.dates.isEmpty() || last.isAfter(today) ? today : last;
                        long span = until.toEpochDay() - gr.start.toEpochDay();
                        if (span > 2) {
                            ms.left = gr.start.plusDays(1 + random.nextInt((int) span - 1));
                        }
                    }
                    memberships.merge(ms.leader.id(), 1, Integer::sum);
                    gr.members.add(ms);
                }
                // An adviser, competent in the subject when the client asked for it; planned groups sometimes still without.
                if (!gr.status.equals("PLANNED") || chance(0.5)) {
                    List<Adviser> eligible = active.stream()
                            .filter(a -> !gr.competenceRequired || a.competences().getOrDefault(gr.subject, 0) >= 2).toList();
                    List<Adviser> near = eligible.stream().filter(a -> a.county().equals(m.county())).toList();
                    List<Adviser> from = !near.isEmpty() && chance(0.5) ? near : eligible.isEmpty() ? active : eligible;
                    gr.adviser = from.get(random.nextInt(from.size())).id();
                }
                groups.add(gr);
            }
        }
        // Individual coaching: courses of about 8 sessions each, in some client municipalities.
        int sessionTarget = n(2000, 16);
        List<Course> courses = new ArrayList<>();
        int sessions = 0;
        long courseId = 1000;
        List<Municipality> coachingClients = new ArrayList<>(clients);
        Collections.shuffle(coachingClients, random);
        coachingClients = coachingClients.subList(0, Math.max(1, coachingClients.size() * 2 / 5));
        coachingClients.sort(Comparator.comparing(Municipality::number));
        while (sessions < sessionTarget) {
            Municipality m = pick(coachingClients);
            Engagement e = coachingOf.get(m);
            if (e == null) {
                e = new Engagement();
                e.id = ++engagementId;
                e.municipality = m;
                e.kind = "INDIVIDUAL_COACHING";
                engagements.add(e);
                coachingOf.put(m, e);
            }
            Course course = new Course();
            course.id = ++courseId;
            course.leader = pick(leadersOf.get(m));
            course.adviser = pick(active).id();
            course.engagement = e;
            course.start = weekday(today.plusDays(between(-360, 30)));
            course.end = course.start.plusMonths(between(6, 12));
            course.hoursPerMonth = new double[] {1.5, 2.0, 2.0, 3.0, 4.0}[random.nextInt(5)];
            course.minutes = chance(0.7) ? 60 : 90;
            course.mode = new String[] {"IN_PERSON", "VIDEO", "VIDEO", "PHONE"}[random.nextInt(4)];
            int k = Math.min(between(6, 10), sessionTarget - sessions);
            int every = between(2, 4) * 7;
            for (int i = 0; i < k; i++) {
                course.dates.add(weekday(course.start.plusDays((long) every * i)));
            }
            sessions += k;
            courses.add(course);
        }
        // Engagements: period around their work, hour budget a little above the planned hours.
        for (Group g : groups) {
            for (LocalDate d : g.dates) {
                stretch(g.engagement, d, g.minutes / 60.0 + 1.0);
            }
            stretch(g.engagement, g.start, 0);
        }
        for (Course course : courses) {
            for (LocalDate d : course.dates) {
                stretch(course.engagement, d, course.minutes / 60.0 + 0.5);
            }
            stretch(course.engagement, course.end, 0);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        long programmeId = 1000;
        try (Sql programme = Sql.insert(c, "programme", "id, municipality_number, name, version");
             Sql engagement = Sql.insert(c, "engagement", "id, municipality_number, kind, programme_id, start_date, end_date, hour_budget, status,"
                     + " notes, version")) {
            Map<Municipality, Long> programmes = new HashMap<>();
            List<Engagement> extra = new ArrayList<>();
            for (Municipality m : clients) {
                if (chance(0.35)) {
                    programme.row(++programmeId, m.number(), pick(PROGRAMMES) + " " + m.name(), 1L);
                    programmes.put(m, programmeId);
                    seen("programme", programmeId);
                }
                boolean hasOpen = false;
                for (Engagement e : engagements) {
                    if (e.municipality == m && e.end != null && !e.end.isBefore(today)) {
                        hasOpen = true;
                    }
                }
                if (!hasOpen || chance(0.1)) {
                    // An offer for next year, not yet accepted: still a client.
                    Engagement draft = new Engagement();
                    draft.id = ++engagementId;
                    draft.municipality = m;
                    draft.kind = chance(0.7) ? "NETWORK_GROUPS" : "INDIVIDUAL_COACHING";
                    draft.start = today.plusMonths(between(1, 6)).withDayOfMonth(1);
                    draft.end = draft.start.plusMonths(between(9, 12)).minusDays(1);
                    draft.hours = between(4, 30) * 10;
                    draft.status = "DRAFT";
                    draft.notes = "Tilbud sendt; venter på politisk behandling.";
                    extra.add(draft);
                }
            }
            engagements.addAll(extra);
            programme.flush();
            engagements.sort(Comparator.comparingLong(e -> e.id));
            for (Engagement e : engagements) {
                if (e.status == null) {
                    e.start = e.start.minusDays(between(7, 30));
                    e.end = e.end.plusDays(between(7, 45));
                    e.status = e.end.isBefore(today) ? "COMPLETED" : "ACTIVE";
                    e.notes = e.kind.equals("INDIVIDUAL_COACHING") ? null : "Nettverksgrupper for ledere i " + e.municipality.name() + ".";
                }
                if (e.end.isAfter(e.start.plusYears(10))) {
                    e.end = e.start.plusYears(10);
                }
                int budget = (int) Math.max(10, Math.min(100_000, Math.round(e.hours * (1.05 + random.nextDouble() * 0.35) / 10) * 10));
                Long prog = e.kind.equals("INDIVIDUAL_COACHING") ? null : programmes.get(e.municipality);
                engagement.row(e.id, e.municipality.number(), e.kind, prog, e.start, e.end, budget, e.status, e.notes, 1L);
                seen("engagement", e.id);
            }
            counts.put("programme", programme.rows());
            counts.put("engagement", engagement.rows());
        }

        // Contacts (and their users later).
        record ContactRow(long id, Municipality municipality, String name, String email) {
        }
        List<ContactRow> contactRows = new ArrayList<>();
        try (Sql contact = Sql.insert(c, "contact", "id, municipality_number, name, job_title, email, phone, version")) {
            long id = 1000;
            for (Municipality m : clients) {
                for (int i = between(1, 3); i > 0; i--) {
                    String name = person();
                    String mail = email(name, m.slug() + ".kommune.no");
                    contact.row(++id, m.number(), name, pick(CONTACT_TITLES), mail, chance(0.8) ? phone() : null, 1L);
                    contactRows.add(new ContactRow(id, m, name, mail));
                    seen("contact", id);
                }
            }
            counts.put("contact", contact.rows());
        }
        try (Sql leader = Sql.insert(c, "leader", "id, municipality_number, name, email, phone, position_title, sector_id, unit, reports_to_id,"
                + " version")) {
            for (Leader l : leaders) {
                leader.row(l.id(), l.municipality().number(), l.name(), l.email(), chance(0.6) ? phone() : null, l.title(), l.sector(), l.unit(),
                        l.reportsTo(), 1L);
                seen("leader", l.id());
            }
            counts.put("leader", leader.rows());
        }
        try (Sql adviser = Sql.insert(c, "adviser", "id, name, title, email, phone, home_county, written_forms, status, monthly_capacity, version");
             Sql absence = Sql.insert(c, "adviser_absence", "adviser_id, start_date, end_date, reason", adviser);
             Sql competence = Sql.insert(c, "competence", "id, adviser_id, subject_area_id, level, note, version", adviser)) {
            long competenceId = 1000;
            for (Adviser a : advisers) {
                String forms = "BOKMAL" + (chance(0.35) ? ",NYNORSK" : "") + (chance(0.25) ? ",ENGLISH" : "");
                adviser.row(a.id(), a.name(), a.title(), a.email(), phone(), a.county(), forms, a.active() ? "ACTIVE" : "INACTIVE",
                        between(6, 14) * 10, 1L);
                seen("adviser", a.id());
                for (Map.Entry<Long, Integer> comp : a.competences().entrySet()) {
                    competence.row(++competenceId, a.id(), comp.getKey(), comp.getValue(), comp.getValue() == 3 ? "Lang erfaring som leder i sektoren."
                            : null, 1L);
                    seen("competence", competenceId);
                }
                for (int i = chance(0.35) ? between(1, 2) : 0; i > 0; i--) {
                    LocalDate from = today.plusDays(between(-60, 200));
                    absence.row(a.id(), from, from.plusDays(between(4, 40)), pick(ABSENCE));
                }
            }
            counts.put("adviser", adviser.rows());
            counts.put("competence", competence.rows());
            counts.put("adviser_absence", absence.rows());
        }
        try (Sql group = Sql.insert(c, "network_group", "id, name, municipality_number, engagement_id, kind, subject_area_id, competence_required,"
                + " default_method, planned_meetings, meeting_interval, meeting_minutes, start_date, meeting_mode, location, status, adviser_id,"
                + " version");
             Sql member = Sql.insert(c, "group_membership", "id, group_id, leader_id, joined_on, left_on, version", group)) {
            long membershipId = 1000;
            for (Group g : groups) {
                group.row(g.id, g.name, g.municipality.number(), g.engagement.id, g.subjectSpecific ? "SUBJECT_SPECIFIC" : "CROSS_DISCIPLINARY",
                        g.subject, g.competenceRequired, g.method, Math.max(1, Math.min(60, g.dates.isEmpty() ? 10 : g.dates.size())), g.interval,
                        g.minutes, g.start, g.mode, g.location, g.status, g.adviser, 1L);
                seen("network_group", g.id);
                for (Membership ms : g.members) {
                    ms.id = ++membershipId;
                    member.row(ms.id, g.id, ms.leader.id(), ms.joined, ms.left, 1L);
                    seen("group_membership", ms.id);
                }
            }
            counts.put("network_group", group.rows());
            counts.put("group_membership", member.rows());
        }
        meetings(c, groups, counts);
        coaching(c, courses, counts);
        users(c, advisers, contactRows.stream().map(r -> new Object[] {r.id(), r.municipality(), r.name(), r.email()}).toList(), groups,
                courses, counts);
        return counts;
    }

    private static void stretch(Engagement e, LocalDate d, double hours) {
        e.start = e.start == null || d.isBefore(e.start) ? d : e.start;
        e.end = e.end == null || d.isAfter(e.end) ? d : e.end;
        e.hours += hours;
    }

    private void meetings(Connection c, List<Group> groups, Map<String, Long> counts) throws SQLException {
        long meetingId = 1000;
        long challengeId = 1000;
        long attendanceId = 1000;
        long feedbackId = 1000;
        long hoursId = 1000;
        try (Sql meeting = Sql.insert(c, "group_meeting", "id, group_id, number_in_series, meeting_date, start_time, end_time, method, place, status,"
                + " focus_challenge_id, ics_uid, ics_sequence, version");
             Sql challenge = Sql.insert(c, "challenge", "id, meeting_id, leader_id, title, description, help_wanted, entered_by, submitted_at,"
                     + " next_step, next_step_done, version", meeting);
             Sql attendance = Sql.insert(c, "attendance", "id, meeting_id, leader_id, presence, version", meeting);
             Sql feedback = Sql.insert(c, "feedback", "id, meeting_id, leader_id, rating, comment, version", meeting);
             Sql hours = Sql.insert(c, "hours_entry", "id, engagement_id, work_date, hours, reference, description, adviser_id");
             Sql focus = new Sql(c, "UPDATE group_meeting SET focus_challenge_id = ? WHERE id = ?", meeting, challenge)) {
            for (Group g : groups) {
                boolean intakeUsed = false;
                for (int k = 0; k < g.dates.size(); k++) {
                    LocalDate date = g.dates.get(k);
                    long id = ++meetingId;
                    boolean past = date.isBefore(today);
                    String status = past ? (chance(0.04) ? "CANCELLED" : "HELD") : "PLANNED";
                    LocalTime end = g.startTime.plusMinutes(g.minutes);
                    meeting.row(id, g.id, k + 1, date, g.startTime, end, g.method, g.mode.equals("VIDEO") ? "https://meet.example.no/" + g.id
                            : g.location, status, null, new UUID(random.nextLong(), random.nextLong()) + "@ledernett.no", 0, 1L);
                    seen("group_meeting", id);
                    List<Leader> current = new ArrayList<>();
                    for (Membership ms : g.members) {
                        if (!ms.joined.isAfter(date) && (ms.left == null || ms.left.isAfter(date))) {
                            current.add(ms.leader);
                        }
                    }
                    LocalDateTime submitted = date.minusDays(between(1, 6)).atTime(between(8, 21), between(0, 59));
                    if (status.equals("PLANNED") && !intakeUsed && !date.isAfter(today.plusDays(14))) {
                        // Intake is open for the next meeting: a few have written already.
                        intakeUsed = true;
                        for (int i = 0; i < Math.min(current.size(), between(0, 3)); i++) {
                            String[] ch = CHALLENGES[random.nextInt(CHALLENGES.length)];
                            challenge.row(++challengeId, id, current.get(i).id(), ch[0], ch[1], null, "PARTICIPANT",
                                    today.minusDays(between(0, 3)).atTime(10, 0), null, false, 1L);
                            seen("challenge", challengeId);
                        }
                    }
                    if (!status.equals("HELD")) {
                        continue;
                    }
                    List<Leader> present = new ArrayList<>();
                    for (Leader l : current) {
                        double p = random.nextDouble();
                        String presence = p < 0.85 ? "PRESENT" : p < 0.95 ? "EXCUSED" : "ABSENT";
                        attendance.row(++attendanceId, id, l.id(), presence, 1L);
                        seen("attendance", attendanceId);
                        if (presence.equals("PRESENT")) {
                            present.add(l);
                        }
                    }
                    boolean round = g.method.equals("ROUND");
                    int writers = round ? present.size() : Math.min(present.size(), between(2, 4));
                    Collections.shuffle(present, random);
                    long focusId = -1;
                    boolean old = date.isBefore(today.minusDays(30));
                    for (int i = 0; i < writers; i++) {
                        String[] ch = CHALLENGES[random.nextInt(CHALLENGES.length)];
                        long cid = ++challengeId;
                        boolean withStep = round || i == 0;
                        challenge.row(cid, id, present.get(i).id(), ch[0], ch[1], chance(0.5) ? "Konkrete råd om neste steg." : null,
                                chance(0.9) ? "PARTICIPANT" : "ADVISER", submitted, withStep ? pick(NEXT_STEPS) : null, withStep && old && chance(0.7), 1L);
                        seen("challenge", cid);
                        if (i == 0 && !round) {
                            focusId = cid;
                        }
                    }
                    if (focusId > 0) {
                        focus.row(focusId, id);
                    }
                    for (Leader l : present) {
                        if (chance(0.6)) {
                            double r = random.nextDouble();
                            int rating = r < 0.02 ? 1 : r < 0.07 ? 2 : r < 0.27 ? 3 : r < 0.67 ? 4 : 5;
                            feedback.row(++feedbackId, id, l.id(), rating, chance(0.25) ? pick(FEEDBACK) : null, 1L);
                            seen("feedback", feedbackId);
                        }
                    }
                    double h = Math.round((g.minutes / 60.0 + 1.0) * 100) / 100.0;
                    hours.row(++hoursId, g.engagement.id, date, h, "meeting:" + id, g.name + ", møte " + (k + 1), g.adviser);
                    seen("hours_entry", hoursId);
                }
            }
            counts.put("group_meeting", meeting.rows());
            counts.put("challenge", challenge.rows());
            counts.put("attendance", attendance.rows());
            counts.put("feedback", feedback.rows());
            counts.put("hours_entry", hours.rows());
        }
    }

    private void coaching(Connection c, List<Course> courses, Map<String, Long> counts) throws SQLException {
        long hoursId = sequenceMax.getOrDefault("hours_entry", 1000L);
        long sessionId = 1000;
        try (Sql course = Sql.insert(c, "coaching_course", "id, leader_id, adviser_id, engagement_id, start_date, end_date, hours_per_month, status,"
                + " version");
             Sql session = Sql.insert(c, "coaching_session", "id, course_id, session_date, start_time, end_time, session_mode, place, status,"
                     + " adviser_notes, version", course);
             Sql hours = Sql.insert(c, "hours_entry", "id, engagement_id, work_date, hours, reference, description, adviser_id")) {
            for (Course co : courses) {
                course.row(co.id, co.leader.id(), co.adviser, co.engagement.id, co.start, co.end, co.hoursPerMonth,
                        co.end.isBefore(today) ? "COMPLETED" : "ACTIVE", 1L);
                seen("coaching_course", co.id);
                LocalTime start = LocalTime.of(chance(0.5) ? 9 : 14, 0);
                for (LocalDate d : co.dates) {
                    long id = ++sessionId;
                    boolean past = d.isBefore(today);
                    String status = past ? (chance(0.08) ? "CANCELLED" : "HELD") : "PLANNED";
                    String place = switch (co.mode) {
                        case "IN_PERSON" -> "Rådhuset, møterom " + between(1, 6);
                        case "VIDEO" -> "https://meet.example.no/veiledning-" + co.id;
                        default -> null;
                    };
                    session.row(id, co.id, d, start, start.plusMinutes(co.minutes), co.mode, place, status,
                            status.equals("HELD") && chance(0.5) ? pick(COACHING_NOTES) : null, 1L);
                    seen("coaching_session", id);
                    if (status.equals("HELD")) {
                        hours.row(++hoursId, co.engagement.id, d, Math.round((co.minutes / 60.0 + 0.5) * 100) / 100.0, "coaching:" + id,
                                "Individuell veiledning", co.adviser);
                        seen("hours_entry", hoursId);
                    }
                }
            }
            counts.put("coaching_course", course.rows());
            counts.put("coaching_session", session.rows());
            counts.merge("hours_entry", hours.rows(), Long::sum);
        }
    }

    private void users(Connection c, List<Adviser> advisers, List<Object[]> contacts, List<Group> groups, List<Course> courses,
                       Map<String, Long> counts) throws SQLException {
        long userId = 1000;
        long requestId = 1000;
        try (Sql user = Sql.insert(c, "user_account", "id, email, name, role, leader_id, adviser_id, municipality, password_hash, failed_sign_ins,"
                + " status, version");
             Sql request = Sql.insert(c, "service_request", "id, municipality, requested_by, requester_name, kind, subject_area_id,"
                     + " competence_wanted, participants, period_start, period_end, wishes, status, created_at, handled_at, staff_note, version")) {
            user.row(++userId, "staff@ledernett.no", "Siri Stab", "STAFF", null, null, null, passwordHash, 0, "ACTIVE", 1L);
            for (int i = 0; i < 9; i++) {
                String name = person();
                user.row(++userId, email(name, "ledernett.no"), name, "STAFF", null, null, null, passwordHash, 0, "ACTIVE", 1L);
            }
            for (Adviser a : advisers) {
                user.row(++userId, a.email(), a.name(), "ADVISER", null, a.id(), null, passwordHash, 0, a.active() ? "ACTIVE" : "DISABLED", 1L);
            }
            for (Object[] contact : contacts) {
                Municipality m = (Municipality) contact[1];
                long uid = ++userId;
                user.row(uid, contact[3], contact[2], "CONTACT", null, null, m.number(), passwordHash, 0, "ACTIVE", 1L);
                if (chance(0.15)) {
                    boolean handled = chance(0.5);
                    LocalDateTime created = today.minusDays(between(1, 90)).atTime(between(8, 16), between(0, 59));
                    LocalDate from = today.plusMonths(between(1, 5)).withDayOfMonth(1);
                    boolean network = chance(0.7);
                    Long subject = network && chance(0.6) ? (long) between(1, 9) : null;
                    request.row(++requestId, m.number(), uid, contact[2], network ? "NETWORK_GROUP" : "INDIVIDUAL_COACHING", subject,
                            subject != null && chance(0.5), between(1, 8), from, from.plusMonths(between(6, 12)),
                            "Vi ønsker oppstart etter ferien.", handled ? "HANDLED" : "NEW", created, handled ? created.plusDays(2) : null,
                            handled ? "Tilbud sendt." : null, 1L);
                    seen("service_request", requestId);
                }
            }
            Map<Long, Leader> participants = new LinkedHashMap<>();
            for (Group g : groups) {
                for (Membership ms : g.members) {
                    participants.put(ms.leader.id(), ms.leader);
                }
            }
            for (Course co : courses) {
                participants.put(co.leader.id(), co.leader);
            }
            List<Leader> sorted = new ArrayList<>(participants.values());
            sorted.sort(Comparator.comparingLong(Leader::id));
            for (Leader l : sorted) {
                user.row(++userId, l.email(), l.name(), "PARTICIPANT", l.id(), null, l.municipality().number(), passwordHash, 0, "ACTIVE", 1L);
            }
            seen("user_account", userId);
            counts.put("user_account", user.rows());
            counts.put("service_request", request.rows());
        }
    }

    /**
     * Sequences step 50 and EclipseLink (allocation 50) takes the 50 ids up to each value it draws,
     * so each sequence restarts at least 50 above the largest id written.
     */
    private void moveSequences(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, Long> e : sequenceMax.entrySet()) {
                long restart = (e.getValue() / 50 + 2) * 50;
                s.execute("ALTER SEQUENCE " + e.getKey() + "_seq RESTART WITH " + restart);
            }
        }
    }
}
