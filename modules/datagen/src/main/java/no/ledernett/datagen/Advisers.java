package no.ledernett.datagen;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The consultancy's advisers, with competences, absences, written forms and capacity; one in twenty inactive. */
final class Advisers {

    private static final String[] ABSENCE = {"Ferie", "Kurs", "Permisjon", "Avspasering"};

    record Adviser(long id, String name, String title, String email, String county, boolean active, Map<Long, Integer> competences) {
    }

    private final Draw draw;
    private final LocalDate today;

    final List<Adviser> advisers = new ArrayList<>();
    List<Adviser> active;

    Advisers(Draw draw, LocalDate today) {
        this.draw = draw;
        this.today = today;
    }

    void choose(List<String> counties) {
        int adviserCount = draw.n(80, 6);
        for (int i = 0; i < adviserCount; i++) {
            String name = draw.person();
            Map<Long, Integer> comps = new LinkedHashMap<>();
            int k = draw.between(1, 4);
            while (comps.size() < k) {
                comps.put((long) draw.between(1, 9), draw.between(1, 3));
            }
            double t = draw.random.nextDouble();
            String title = t < 0.2 ? "Rådgiver" : t < 0.75 ? "Seniorrådgiver" : t < 0.9 ? "Spesialrådgiver" : "Partner";
            advisers.add(new Adviser(1000 + i + 1, name, title, draw.email(name, "ledernett.no"), draw.pick(counties), i % 20 != 19, comps));
        }
        active = advisers.stream().filter(Adviser::active).toList();
    }

    void write(Connection c, Sequences sequences, Map<String, Long> counts) throws SQLException {
        try (Sql adviser = Sql.insert(c, "adviser", "id, name, title, email, phone, home_county, written_forms, status, monthly_capacity, version");
             Sql absence = Sql.insert(c, "adviser_absence", "adviser_id, start_date, end_date, reason", adviser);
             Sql competence = Sql.insert(c, "competence", "id, adviser_id, subject_area_id, level, note, version", adviser)) {
            long competenceId = 1000;
            for (Adviser a : advisers) {
                String forms = "BOKMAL" + (draw.chance(0.35) ? ",NYNORSK" : "") + (draw.chance(0.25) ? ",ENGLISH" : "");
                adviser.row(a.id(), a.name(), a.title(), a.email(), draw.phone(), a.county(), forms, a.active() ? "ACTIVE" : "INACTIVE",
                        draw.between(6, 14) * 10, 1L);
                sequences.seen("adviser", a.id());
                for (Map.Entry<Long, Integer> comp : a.competences().entrySet()) {
                    competence.row(++competenceId, a.id(), comp.getKey(), comp.getValue(), comp.getValue() == 3 ? "Lang erfaring som leder i sektoren."
                            : null, 1L);
                    sequences.seen("competence", competenceId);
                }
                for (int i = draw.chance(0.35) ? draw.between(1, 2) : 0; i > 0; i--) {
                    LocalDate from = today.plusDays(draw.between(-60, 200));
                    absence.row(a.id(), from, from.plusDays(draw.between(4, 40)), draw.pick(ABSENCE));
                }
            }
            counts.put("adviser", adviser.rows());
            counts.put("competence", competence.rows());
            counts.put("adviser_absence", absence.rows());
        }
    }
}
