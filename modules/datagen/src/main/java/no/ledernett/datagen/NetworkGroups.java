package no.ledernett.datagen;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ledernett.datagen.Advisers.Adviser;
import no.ledernett.datagen.Clients.Leader;
import no.ledernett.datagen.Clients.Municipality;
import no.ledernett.datagen.Engagements.Engagement;

/**
 * Network groups per client, in proportion to its leaders: their plan, members (leaders of the
 * subject's sector first, each in at most a few groups) and adviser.
 */
final class NetworkGroups {

    private static final String[] GROUP_NAME = {"Tverrfaglig ledernettverk", "Rektornettverk", "Barnehagestyrere", "Ledere i helse og omsorg",
        "Barnevernledere", "Ledere i NAV og sosial", "Ledere i teknisk og plan", "Kulturledere", "Stabsledere", "Ledere i psykisk helse og rus"};

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

    private final Draw draw;
    private final LocalDate today;
    private final Sequences sequences;

    final List<Group> groups = new ArrayList<>();

    NetworkGroups(Draw draw, LocalDate today, Sequences sequences) {
        this.draw = draw;
        this.today = today;
        this.sequences = sequences;
    }

    void plan(Clients clients, List<Adviser> active, Engagements engagements) {
        int groupCount = draw.n(600, 4);
        Map<Municipality, Integer> groupsOf = new LinkedHashMap<>();
        double leaderTotal = clients.leaders.size();
        for (Municipality m : clients.clients) {
            int g = (int) Math.round(groupCount * clients.leadersOf.get(m).size() / leaderTotal);
            groupsOf.put(m, g);
        }
        int assigned = groupsOf.values().stream().mapToInt(Integer::intValue).sum();
        List<Municipality> byLeaders = new ArrayList<>(clients.clients);
        byLeaders.sort(Comparator.comparing((Municipality m) -> -clients.leadersOf.get(m).size()));
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
        String[] intervals = {"EVERY_OTHER_WEEK", "EVERY_THREE_WEEKS", "EVERY_FOUR_WEEKS", "EVERY_FOUR_WEEKS", "MONTHLY", "MONTHLY", "MONTHLY",
            "EVERY_SIX_WEEKS", "EVERY_OTHER_MONTH"};
        long groupId = 1000;
        for (Municipality m : clients.clients) {
            int g = groupsOf.get(m);
            if (g == 0) {
                continue;
            }
            Engagement e = engagements.forGroups(m);
            List<Leader> pool = clients.leadersOf.get(m);
            for (int i = 0; i < g; i++) {
                Group gr = new Group();
                gr.id = ++groupId;
                gr.municipality = m;
                gr.engagement = e;
                gr.subjectSpecific = draw.chance(0.6);
                if (gr.subjectSpecific) {
                    gr.subject = pool.get(draw.random.nextInt(pool.size())).sector();
                    gr.competenceRequired = draw.chance(0.5);
                }
                gr.method = draw.chance(0.55) ? "PEER_COACHING" : "ROUND";
                gr.interval = draw.pick(intervals);
                gr.minutes = new int[] {120, 150, 180, 180, 240}[draw.random.nextInt(5)];
                int planned = draw.between(14, 26);
                gr.start = Draw.weekday(today.plusDays(draw.between(-540, 60)));
                gr.mode = draw.chance(0.75) ? "IN_PERSON" : "VIDEO";
                gr.location = gr.mode.equals("IN_PERSON") ? draw.pick(Clients.UNIT_PREFIX) + " " + draw.pick(new String[] {"rådhus, møterom 2", "kulturhus",
                    "skole, personalrommet", "helsehus, møterom"}) : null;
                gr.startTime = LocalTime.of(new int[] {9, 9, 12, 13}[draw.random.nextInt(4)], 0);
                gr.name = GROUP_NAME[gr.subjectSpecific ? gr.subject.intValue() : 0] + " " + m.name() + " " + (i + 1);
                for (int k = 0; k < planned; k++) {
                    gr.dates.add(Draw.weekday(next(gr.start, gr.interval, k)));
                }
                boolean cancelled = draw.chance(0.02);
                LocalDate last = gr.dates.get(gr.dates.size() - 1);
                gr.status = cancelled ? "CANCELLED" : last.isBefore(today) ? "COMPLETED" : gr.start.isAfter(today) ? "PLANNED" : "ACTIVE";
                if (cancelled) {
                    gr.dates.clear();
                }
                // Members: leaders of the subject's sector first, each leader in at most a few groups.
                List<Leader> candidates = new ArrayList<>(pool);
                Collections.shuffle(candidates, draw.random);
                final Long subject = gr.subject;
                candidates.sort(Comparator.comparing((Leader l) -> subject != null && l.sector() != subject ? 1 : 0)
                        .thenComparing(l -> memberships.getOrDefault(l.id(), 0)));
                int size = Math.min(candidates.size(), draw.between(5, 9));
                for (int k = 0; k < size; k++) {
                    Membership ms = new Membership();
                    ms.leader = candidates.get(k);
                    ms.joined = gr.start.minusDays(draw.between(7, 30));
                    if (!gr.status.equals("PLANNED") && draw.chance(0.05)) {
                        LocalDate until = gr.dates.isEmpty() || last.isAfter(today) ? today : last;
                        long span = until.toEpochDay() - gr.start.toEpochDay();
                        if (span > 2) {
                            ms.left = gr.start.plusDays(1 + draw.random.nextInt((int) span - 1));
                        }
                    }
                    memberships.merge(ms.leader.id(), 1, Integer::sum);
                    gr.members.add(ms);
                }
                // An adviser, competent in the subject when the client asked for it; planned groups sometimes still without.
                if (!gr.status.equals("PLANNED") || draw.chance(0.5)) {
                    List<Adviser> eligible = active.stream()
                            .filter(a -> !gr.competenceRequired || a.competences().getOrDefault(gr.subject, 0) >= 2).toList();
                    List<Adviser> near = eligible.stream().filter(a -> a.county().equals(m.county())).toList();
                    List<Adviser> from = !near.isEmpty() && draw.chance(0.5) ? near : eligible.isEmpty() ? active : eligible;
                    gr.adviser = from.get(draw.random.nextInt(from.size())).id();
                }
                groups.add(gr);
            }
        }
    }

    /** Each group's engagement covers its meetings, with an hour of preparation each. */
    void stretchEngagements() {
        for (Group g : groups) {
            for (LocalDate d : g.dates) {
                Engagements.stretch(g.engagement, d, g.minutes / 60.0 + 1.0);
            }
            Engagements.stretch(g.engagement, g.start, 0);
        }
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

    void write(Connection c, Map<String, Long> counts) throws SQLException {
        try (Sql group = Sql.insert(c, "network_group", "id, name, municipality_number, engagement_id, kind, subject_area_id, competence_required,"
                + " default_method, planned_meetings, meeting_interval, meeting_minutes, start_date, meeting_mode, location, status, adviser_id,"
                + " version");
             Sql member = Sql.insert(c, "group_membership", "id, group_id, leader_id, joined_on, left_on, version", group)) {
            long membershipId = 1000;
            for (Group g : groups) {
                group.row(g.id, g.name, g.municipality.number(), g.engagement.id, g.subjectSpecific ? "SUBJECT_SPECIFIC" : "CROSS_DISCIPLINARY",
                        g.subject, g.competenceRequired, g.method, Math.max(1, Math.min(60, g.dates.isEmpty() ? 10 : g.dates.size())), g.interval,
                        g.minutes, g.start, g.mode, g.location, g.status, g.adviser, 1L);
                sequences.seen("network_group", g.id);
                for (Membership ms : g.members) {
                    ms.id = ++membershipId;
                    member.row(ms.id, g.id, ms.leader.id(), ms.joined, ms.left, 1L);
                    sequences.seen("group_membership", ms.id);
                }
            }
            counts.put("network_group", group.rows());
            counts.put("group_membership", member.rows());
        }
    }
}
