package no.ledernett.datagen;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ledernett.datagen.Advisers.Adviser;
import no.ledernett.datagen.Clients.Contact;
import no.ledernett.datagen.Clients.Leader;
import no.ledernett.datagen.Clients.Municipality;
import no.ledernett.datagen.CoachingCourses.Course;
import no.ledernett.datagen.NetworkGroups.Group;
import no.ledernett.datagen.NetworkGroups.Membership;

/**
 * A user for every role, all with the same password: staff, every adviser, every contact (a few
 * of whom have sent the consultancy a request) and every leader in a group or a coaching course.
 */
final class Users {

    private final Draw draw;
    private final LocalDate today;
    private final Sequences sequences;
    private final String passwordHash;

    Users(Draw draw, LocalDate today, Sequences sequences, String passwordHash) {
        this.draw = draw;
        this.today = today;
        this.sequences = sequences;
        this.passwordHash = passwordHash;
    }

    void write(Connection c, List<Adviser> advisers, List<Contact> contacts, List<Group> groups, List<Course> courses,
               Map<String, Long> counts) throws SQLException {
        long userId = 1000;
        long requestId = 1000;
        try (Sql user = Sql.insert(c, "user_account", "id, email, name, role, leader_id, adviser_id, municipality, password_hash, failed_sign_ins,"
                + " status, version");
             Sql request = Sql.insert(c, "service_request", "id, municipality, requested_by, requester_name, kind, subject_area_id,"
                     + " competence_wanted, participants, period_start, period_end, wishes, status, created_at, handled_at, staff_note, version")) {
            user.row(++userId, "staff@ledernett.no", "Siri Stab", "STAFF", null, null, null, passwordHash, 0, "ACTIVE", 1L);
            for (int i = 0; i < 9; i++) {
                String name = draw.person();
                user.row(++userId, draw.email(name, "ledernett.no"), name, "STAFF", null, null, null, passwordHash, 0, "ACTIVE", 1L);
            }
            for (Adviser a : advisers) {
                user.row(++userId, a.email(), a.name(), "ADVISER", null, a.id(), null, passwordHash, 0, a.active() ? "ACTIVE" : "DISABLED", 1L);
            }
            for (Contact contact : contacts) {
                Municipality m = contact.municipality();
                long uid = ++userId;
                user.row(uid, contact.email(), contact.name(), "CONTACT", null, null, m.number(), passwordHash, 0, "ACTIVE", 1L);
                if (draw.chance(0.15)) {
                    boolean handled = draw.chance(0.5);
                    LocalDateTime created = today.minusDays(draw.between(1, 90)).atTime(draw.between(8, 16), draw.between(0, 59));
                    LocalDate from = today.plusMonths(draw.between(1, 5)).withDayOfMonth(1);
                    boolean network = draw.chance(0.7);
                    Long subject = network && draw.chance(0.6) ? (long) draw.between(1, 9) : null;
                    request.row(++requestId, m.number(), uid, contact.name(), network ? "NETWORK_GROUP" : "INDIVIDUAL_COACHING", subject,
                            subject != null && draw.chance(0.5), draw.between(1, 8), from, from.plusMonths(draw.between(6, 12)),
                            "Vi ønsker oppstart etter ferien.", handled ? "HANDLED" : "NEW", created, handled ? created.plusDays(2) : null,
                            handled ? "Tilbud sendt." : null, 1L);
                    sequences.seen("service_request", requestId);
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
            sequences.seen("user_account", userId);
            counts.put("user_account", user.rows());
            counts.put("service_request", request.rows());
        }
    }
}
