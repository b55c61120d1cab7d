package no.ledernett.datagen;

import java.security.spec.KeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
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
 * <p>Each part of the set is drawn by its own class, all from one seeded {@link Draw} and in a fixed
 * order: {@link Clients} (municipalities, leaders, contacts), {@link Advisers}, {@link Engagements},
 * {@link NetworkGroups}, {@link GroupMeetings}, {@link CoachingCourses} and {@link Users}.
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

    private final Draw draw;
    private final LocalDate today;
    private final String passwordHash;
    private final Sequences sequences = new Sequences();

    DataGenerator(long seed, double scale, LocalDate today) {
        this.draw = new Draw(seed, scale);
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
            generator.sequences.moveSequences(c);
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

    /** Draws the parts in the order the seed's numbers were always drawn in, so a seed gives the same rows as before. */
    Map<String, Long> fill(Connection c) throws SQLException {
        Clients clients = new Clients(draw);
        clients.choose(c);
        Advisers advisers = new Advisers(draw, today);
        advisers.choose(clients.counties);
        Engagements engagements = new Engagements(draw, today, sequences);
        NetworkGroups groups = new NetworkGroups(draw, today, sequences);
        groups.plan(clients, advisers.active, engagements);
        CoachingCourses courses = new CoachingCourses(draw, today, sequences);
        courses.plan(clients, advisers.active, engagements);
        groups.stretchEngagements();
        courses.stretchEngagements();
        Map<String, Long> counts = new LinkedHashMap<>();
        engagements.write(c, clients.clients, counts);
        clients.writeContacts(c, sequences, counts);
        clients.writeLeaders(c, sequences, counts);
        advisers.write(c, sequences, counts);
        groups.write(c, counts);
        new GroupMeetings(draw, today, sequences).write(c, groups.groups, counts);
        courses.write(c, counts);
        new Users(draw, today, sequences, passwordHash).write(c, advisers.advisers, clients.contacts, groups.groups, courses.courses, counts);
        return counts;
    }
}
