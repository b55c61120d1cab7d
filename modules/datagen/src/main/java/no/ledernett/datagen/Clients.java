package no.ledernett.datagen;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The municipalities (from the migration), the clients among them, their leaders (a few large
 * municipalities, many small ones) and their contacts.
 */
final class Clients {

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
    static final String[] UNIT_PREFIX = {"Nordre", "Søndre", "Østre", "Vestre", "Sentrum", "Fjell", "Strand", "Haug", "Berg", "Dal",
        "Li", "Moen", "Sjøsiden", "Bakkehaugen", "Furulund"};
    private static final String[] SECTOR_HEAD = {"", "Kommunalsjef oppvekst", "Barnehagesjef", "Kommunalsjef helse og omsorg",
        "Barnevernsjef", "Kommunalsjef velferd", "Kommunalsjef teknisk", "Kommunalsjef kultur", "Kommunedirektør", "Kommunalsjef helse"};
    private static final String[] CONTACT_TITLES = {"Kommunalsjef oppvekst", "HR-rådgiver", "Kommunaldirektør", "Personalsjef", "Oppvekstsjef",
        "HR-sjef", "Organisasjonssjef", "Rådgiver lederutvikling"};

    record Municipality(String number, String name, String county, String slug) {
    }

    record Leader(long id, Municipality municipality, String name, String email, String title, long sector, String unit, Long reportsTo) {
    }

    record Contact(long id, Municipality municipality, String name, String email) {
    }

    private final Draw draw;

    /** Every county, in number order. */
    List<String> counties;
    /** The client municipalities, in number order. */
    final List<Municipality> clients = new ArrayList<>();
    final Map<Municipality, List<Leader>> leadersOf = new LinkedHashMap<>();
    final List<Leader> leaders = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();

    Clients(Draw draw) {
        this.draw = draw;
    }

    /** Chooses the clients among the municipalities and draws their leaders. */
    void choose(Connection c) throws SQLException {
        List<Municipality> all = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT municipality_number, name, county_number FROM municipality ORDER BY municipality_number")) {
            while (r.next()) {
                all.add(new Municipality(r.getString(1), r.getString(2), r.getString(3), Draw.slug(r.getString(2))));
            }
        }
        counties = all.stream().map(Municipality::county).distinct().sorted().toList();
        List<Municipality> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, draw.random);
        int clientCount = Math.min(all.size(), draw.n(150, 3));
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

        // Leaders, spread by a skewed weight (a few large municipalities, many small ones).
        Map<Municipality, Double> weight = new LinkedHashMap<>();
        for (Municipality m : clients) {
            double w = Math.exp(draw.random.nextGaussian() * 0.9);
            weight.put(m, m.number().equals("0301") ? 8 * w + 8 : m.number().equals("4601") ? 4 * w + 4 : w);
        }
        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        int leaderCount = draw.n(5000, 40);
        long leaderId = 1000;
        for (Municipality m : clients) {
            int k = Math.max(8, (int) Math.round(leaderCount * weight.get(m) / total));
            List<Leader> here = new ArrayList<>();
            Map<Long, Long> heads = new HashMap<>();
            String domain = m.slug() + ".kommune.no";
            for (long sector = 1; sector <= 9 && here.size() < k; sector++) {
                if (k >= 20 || sector <= 3) {
                    String name = draw.person();
                    Leader head = new Leader(++leaderId, m, name, draw.email(name, domain), SECTOR_HEAD[(int) sector], sector, "Rådhuset", null);
                    here.add(head);
                    heads.put(sector, head.id());
                }
            }
            while (here.size() < k) {
                // Schools, kindergartens and care have most leaders.
                long sector = new long[] {1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 5, 6, 7, 8, 8, 9}[draw.random.nextInt(17)];
                String name = draw.person();
                Long boss = heads.containsKey(sector) && draw.chance(0.6) ? heads.get(sector) : null;
                String unit = draw.pick(UNIT_PREFIX) + " " + UNIT_SUFFIX[(int) sector];
                here.add(new Leader(++leaderId, m, name, draw.email(name, domain), draw.pick(TITLES[(int) sector]), sector, unit, boss));
            }
            leadersOf.put(m, here);
            leaders.addAll(here);
        }
    }

    /** One to three contacts per client (their users come later). */
    void writeContacts(Connection c, Sequences sequences, Map<String, Long> counts) throws SQLException {
        try (Sql contact = Sql.insert(c, "contact", "id, municipality_number, name, job_title, email, phone, version")) {
            long id = 1000;
            for (Municipality m : clients) {
                for (int i = draw.between(1, 3); i > 0; i--) {
                    String name = draw.person();
                    String mail = draw.email(name, m.slug() + ".kommune.no");
                    contact.row(++id, m.number(), name, draw.pick(CONTACT_TITLES), mail, draw.chance(0.8) ? draw.phone() : null, 1L);
                    contacts.add(new Contact(id, m, name, mail));
                    sequences.seen("contact", id);
                }
            }
            counts.put("contact", contact.rows());
        }
    }

    void writeLeaders(Connection c, Sequences sequences, Map<String, Long> counts) throws SQLException {
        try (Sql leader = Sql.insert(c, "leader", "id, municipality_number, name, email, phone, position_title, sector_id, unit, reports_to_id,"
                + " version")) {
            for (Leader l : leaders) {
                leader.row(l.id(), l.municipality().number(), l.name(), l.email(), draw.chance(0.6) ? draw.phone() : null, l.title(), l.sector(), l.unit(),
                        l.reportsTo(), 1L);
                sequences.seen("leader", l.id());
            }
            counts.put("leader", leader.rows());
        }
    }
}
