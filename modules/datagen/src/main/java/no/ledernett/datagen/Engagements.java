package no.ledernett.datagen;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ledernett.datagen.Clients.Municipality;

/**
 * What the clients bought: an engagement for their network groups (in about a third with coaching
 * as well), one for coaching alone, offers for next year not yet accepted, and programmes.
 */
final class Engagements {

    private static final String[] PROGRAMMES = {"Lederløftet", "Lederutviklingsprogram", "Sammen om ledelse", "Ledere i utvikling", "Ny som leder"};

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

    private final Draw draw;
    private final LocalDate today;
    private final Sequences sequences;

    private final List<Engagement> engagements = new ArrayList<>();
    private final Map<Municipality, Engagement> coachingOf = new HashMap<>();
    private long engagementId = 1000;

    Engagements(Draw draw, LocalDate today, Sequences sequences) {
        this.draw = draw;
        this.today = today;
        this.sequences = sequences;
    }

    /** The engagement a client's network groups belong to; about a third bought coaching with it. */
    Engagement forGroups(Municipality m) {
        boolean combined = draw.chance(0.3);
        Engagement e = new Engagement();
        e.id = ++engagementId;
        e.municipality = m;
        e.kind = combined ? "NETWORK_GROUPS_AND_COACHING" : "NETWORK_GROUPS";
        engagements.add(e);
        if (combined) {
            coachingOf.put(m, e);
        }
        return e;
    }

    /** The engagement a client's coaching belongs to: the one with its groups if it bought both, else one of its own. */
    Engagement forCoaching(Municipality m) {
        Engagement e = coachingOf.get(m);
        if (e == null) {
            e = new Engagement();
            e.id = ++engagementId;
            e.municipality = m;
            e.kind = "INDIVIDUAL_COACHING";
            engagements.add(e);
            coachingOf.put(m, e);
        }
        return e;
    }

    /** Engagements: period around their work, hour budget a little above the planned hours. */
    static void stretch(Engagement e, LocalDate d, double hours) {
        e.start = e.start == null || d.isBefore(e.start) ? d : e.start;
        e.end = e.end == null || d.isAfter(e.end) ? d : e.end;
        e.hours += hours;
    }

    /** The programmes, an offer for next year where a client has nothing open (and a few more), and every engagement. */
    void write(Connection c, List<Municipality> clients, Map<String, Long> counts) throws SQLException {
        long programmeId = 1000;
        try (Sql programme = Sql.insert(c, "programme", "id, municipality_number, name, version");
             Sql engagement = Sql.insert(c, "engagement", "id, municipality_number, kind, programme_id, start_date, end_date, hour_budget, status,"
                     + " notes, version")) {
            Map<Municipality, Long> programmes = new HashMap<>();
            List<Engagement> extra = new ArrayList<>();
            for (Municipality m : clients) {
                if (draw.chance(0.35)) {
                    programme.row(++programmeId, m.number(), draw.pick(PROGRAMMES) + " " + m.name(), 1L);
                    programmes.put(m, programmeId);
                    sequences.seen("programme", programmeId);
                }
                boolean hasOpen = false;
                for (Engagement e : engagements) {
                    if (e.municipality == m && e.end != null && !e.end.isBefore(today)) {
                        hasOpen = true;
                    }
                }
                if (!hasOpen || draw.chance(0.1)) {
                    // An offer for next year, not yet accepted: still a client.
                    Engagement draft = new Engagement();
                    draft.id = ++engagementId;
                    draft.municipality = m;
                    draft.kind = draw.chance(0.7) ? "NETWORK_GROUPS" : "INDIVIDUAL_COACHING";
                    draft.start = today.plusMonths(draw.between(1, 6)).withDayOfMonth(1);
                    draft.end = draft.start.plusMonths(draw.between(9, 12)).minusDays(1);
                    draft.hours = draw.between(4, 30) * 10;
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
                    e.start = e.start.minusDays(draw.between(7, 30));
                    e.end = e.end.plusDays(draw.between(7, 45));
                    e.status = e.end.isBefore(today) ? "COMPLETED" : "ACTIVE";
                    e.notes = e.kind.equals("INDIVIDUAL_COACHING") ? null : "Nettverksgrupper for ledere i " + e.municipality.name() + ".";
                }
                if (e.end.isAfter(e.start.plusYears(10))) {
                    e.end = e.start.plusYears(10);
                }
                int budget = (int) Math.max(10, Math.min(100_000, Math.round(e.hours * (1.05 + draw.random.nextDouble() * 0.35) / 10) * 10));
                Long prog = e.kind.equals("INDIVIDUAL_COACHING") ? null : programmes.get(e.municipality);
                engagement.row(e.id, e.municipality.number(), e.kind, prog, e.start, e.end, budget, e.status, e.notes, 1L);
                sequences.seen("engagement", e.id);
            }
            counts.put("programme", programme.rows());
            counts.put("engagement", engagement.rows());
        }
    }
}
