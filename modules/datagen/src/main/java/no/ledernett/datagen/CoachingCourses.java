package no.ledernett.datagen;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.ledernett.datagen.Advisers.Adviser;
import no.ledernett.datagen.Clients.Leader;
import no.ledernett.datagen.Clients.Municipality;
import no.ledernett.datagen.Engagements.Engagement;

/** Individual coaching: courses of about 8 sessions each, in some client municipalities, with the adviser's notes and hours. */
final class CoachingCourses {

    private static final String[] COACHING_NOTES = {"Jobbet med rollen som leder for tidligere kolleger.", "Forberedte medarbeidersamtaler.",
        "Gikk gjennom tilbakemeldinger fra ansatte.", "Satt mål for neste periode."};

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

    private final Draw draw;
    private final LocalDate today;
    private final Sequences sequences;

    final List<Course> courses = new ArrayList<>();

    CoachingCourses(Draw draw, LocalDate today, Sequences sequences) {
        this.draw = draw;
        this.today = today;
        this.sequences = sequences;
    }

    void plan(Clients clients, List<Adviser> active, Engagements engagements) {
        int sessionTarget = draw.n(2000, 16);
        int sessions = 0;
        long courseId = 1000;
        List<Municipality> coachingClients = new ArrayList<>(clients.clients);
        Collections.shuffle(coachingClients, draw.random);
        coachingClients = coachingClients.subList(0, Math.max(1, coachingClients.size() * 2 / 5));
        coachingClients.sort(Comparator.comparing(Municipality::number));
        while (sessions < sessionTarget) {
            Municipality m = draw.pick(coachingClients);
            Engagement e = engagements.forCoaching(m);
            Course course = new Course();
            course.id = ++courseId;
            course.leader = draw.pick(clients.leadersOf.get(m));
            course.adviser = draw.pick(active).id();
            course.engagement = e;
            course.start = Draw.weekday(today.plusDays(draw.between(-360, 30)));
            course.end = course.start.plusMonths(draw.between(6, 12));
            course.hoursPerMonth = new double[] {1.5, 2.0, 2.0, 3.0, 4.0}[draw.random.nextInt(5)];
            course.minutes = draw.chance(0.7) ? 60 : 90;
            course.mode = new String[] {"IN_PERSON", "VIDEO", "VIDEO", "PHONE"}[draw.random.nextInt(4)];
            int k = Math.min(draw.between(6, 10), sessionTarget - sessions);
            int every = draw.between(2, 4) * 7;
            for (int i = 0; i < k; i++) {
                course.dates.add(Draw.weekday(course.start.plusDays((long) every * i)));
            }
            sessions += k;
            courses.add(course);
        }
    }

    /** Each course's engagement covers its sessions, with half an hour of preparation each, and its end. */
    void stretchEngagements() {
        for (Course course : courses) {
            for (LocalDate d : course.dates) {
                Engagements.stretch(course.engagement, d, course.minutes / 60.0 + 0.5);
            }
            Engagements.stretch(course.engagement, course.end, 0);
        }
    }

    void write(Connection c, Map<String, Long> counts) throws SQLException {
        long hoursId = sequences.max("hours_entry", 1000L);
        long sessionId = 1000;
        try (Sql course = Sql.insert(c, "coaching_course", "id, leader_id, adviser_id, engagement_id, start_date, end_date, hours_per_month, status,"
                + " version");
             Sql session = Sql.insert(c, "coaching_session", "id, course_id, session_date, start_time, end_time, session_mode, place, status,"
                     + " adviser_notes, version", course);
             Sql hours = Sql.insert(c, "hours_entry", "id, engagement_id, work_date, hours, reference, description, adviser_id")) {
            for (Course co : courses) {
                course.row(co.id, co.leader.id(), co.adviser, co.engagement.id, co.start, co.end, co.hoursPerMonth,
                        co.end.isBefore(today) ? "COMPLETED" : "ACTIVE", 1L);
                sequences.seen("coaching_course", co.id);
                LocalTime start = LocalTime.of(draw.chance(0.5) ? 9 : 14, 0);
                for (LocalDate d : co.dates) {
                    long id = ++sessionId;
                    boolean past = d.isBefore(today);
                    String status = past ? (draw.chance(0.08) ? "CANCELLED" : "HELD") : "PLANNED";
                    String place = switch (co.mode) {
                        case "IN_PERSON" -> "Rådhuset, møterom " + draw.between(1, 6);
                        case "VIDEO" -> "https://meet.example.no/veiledning-" + co.id;
                        default -> null;
                    };
                    session.row(id, co.id, d, start, start.plusMinutes(co.minutes), co.mode, place, status,
                            status.equals("HELD") && draw.chance(0.5) ? draw.pick(COACHING_NOTES) : null, 1L);
                    sequences.seen("coaching_session", id);
                    if (status.equals("HELD")) {
                        hours.row(++hoursId, co.engagement.id, d, Math.round((co.minutes / 60.0 + 0.5) * 100) / 100.0, "coaching:" + id,
                                "Individuell veiledning", co.adviser);
                        sequences.seen("hours_entry", hoursId);
                    }
                }
            }
            counts.put("coaching_course", course.rows());
            counts.put("coaching_session", session.rows());
            counts.merge("hours_entry", hours.rows(), Long::sum);
        }
    }
}
