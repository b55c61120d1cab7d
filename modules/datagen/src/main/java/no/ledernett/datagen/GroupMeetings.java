package no.ledernett.datagen;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.ledernett.datagen.Clients.Leader;
import no.ledernett.datagen.NetworkGroups.Group;
import no.ledernett.datagen.NetworkGroups.Membership;

/**
 * The groups' meetings: held ones (before today) with attendance, challenges (one in focus in peer
 * coaching), next steps, feedback and the adviser's hours; planned ones ahead, the next with a few
 * challenges already written; a few cancelled.
 */
final class GroupMeetings {

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

    private final Draw draw;
    private final LocalDate today;
    private final Sequences sequences;

    GroupMeetings(Draw draw, LocalDate today, Sequences sequences) {
        this.draw = draw;
        this.today = today;
        this.sequences = sequences;
    }

    void write(Connection c, List<Group> groups, Map<String, Long> counts) throws SQLException {
        long meetingId = 1000;
        long challengeId = 1000;
        long attendanceId = 1000;
        long feedbackId = 1000;
        long hoursId = 1000;
        try (Sql meeting = Sql.insert(c, "group_meeting", "id, group_id, number_in_series, meeting_date, start_time, end_time, method, meeting_mode,"
                + " place, status, focus_challenge_id, ics_uid, ics_sequence, version");
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
                    String status = past ? (draw.chance(0.04) ? "CANCELLED" : "HELD") : "PLANNED";
                    LocalTime end = g.startTime.plusMinutes(g.minutes);
                    // The meeting keeps its group's mode, as the app's planning does: without it a video meeting's link reads as a room.
                    meeting.row(id, g.id, k + 1, date, g.startTime, end, g.method, g.mode, g.mode.equals("VIDEO") ? "https://meet.example.no/" + g.id
                            : g.location, status, null, new UUID(draw.random.nextLong(), draw.random.nextLong()) + "@ledernett.no", 0, 1L);
                    sequences.seen("group_meeting", id);
                    List<Leader> current = new ArrayList<>();
                    for (Membership ms : g.members) {
                        if (!ms.joined.isAfter(date) && (ms.left == null || ms.left.isAfter(date))) {
                            current.add(ms.leader);
                        }
                    }
                    LocalDateTime submitted = date.minusDays(draw.between(1, 6)).atTime(draw.between(8, 21), draw.between(0, 59));
                    if (status.equals("PLANNED") && !intakeUsed && !date.isAfter(today.plusDays(14))) {
                        // Intake is open for the next meeting: a few have written already.
                        intakeUsed = true;
                        for (int i = 0; i < Math.min(current.size(), draw.between(0, 3)); i++) {
                            String[] ch = CHALLENGES[draw.random.nextInt(CHALLENGES.length)];
                            challenge.row(++challengeId, id, current.get(i).id(), ch[0], ch[1], null, "PARTICIPANT",
                                    today.minusDays(draw.between(0, 3)).atTime(10, 0), null, false, 1L);
                            sequences.seen("challenge", challengeId);
                        }
                    }
                    if (!status.equals("HELD")) {
                        continue;
                    }
                    List<Leader> present = new ArrayList<>();
                    for (Leader l : current) {
                        double p = draw.random.nextDouble();
                        String presence = p < 0.85 ? "PRESENT" : p < 0.95 ? "EXCUSED" : "ABSENT";
                        attendance.row(++attendanceId, id, l.id(), presence, 1L);
                        sequences.seen("attendance", attendanceId);
                        if (presence.equals("PRESENT")) {
                            present.add(l);
                        }
                    }
                    boolean round = g.method.equals("ROUND");
                    int writers = round ? present.size() : Math.min(present.size(), draw.between(2, 4));
                    Collections.shuffle(present, draw.random);
                    long focusId = -1;
                    boolean old = date.isBefore(today.minusDays(30));
                    for (int i = 0; i < writers; i++) {
                        String[] ch = CHALLENGES[draw.random.nextInt(CHALLENGES.length)];
                        long cid = ++challengeId;
                        boolean withStep = round || i == 0;
                        challenge.row(cid, id, present.get(i).id(), ch[0], ch[1], draw.chance(0.5) ? "Konkrete råd om neste steg." : null,
                                draw.chance(0.9) ? "PARTICIPANT" : "ADVISER", submitted, withStep ? draw.pick(NEXT_STEPS) : null, withStep && old && draw.chance(0.7), 1L);
                        sequences.seen("challenge", cid);
                        if (i == 0 && !round) {
                            focusId = cid;
                        }
                    }
                    if (focusId > 0) {
                        focus.row(focusId, id);
                    }
                    for (Leader l : present) {
                        if (draw.chance(0.6)) {
                            double r = draw.random.nextDouble();
                            int rating = r < 0.02 ? 1 : r < 0.07 ? 2 : r < 0.27 ? 3 : r < 0.67 ? 4 : 5;
                            feedback.row(++feedbackId, id, l.id(), rating, draw.chance(0.25) ? draw.pick(FEEDBACK) : null, 1L);
                            sequences.seen("feedback", feedbackId);
                        }
                    }
                    double h = Math.round((g.minutes / 60.0 + 1.0) * 100) / 100.0;
                    hours.row(++hoursId, g.engagement.id, date, h, "meeting:" + id, g.name + ", møte " + (k + 1), g.adviser);
                    sequences.seen("hours_entry", hoursId);
                }
            }
            counts.put("group_meeting", meeting.rows());
            counts.put("challenge", challenge.rows());
            counts.put("attendance", attendance.rows());
            counts.put("feedback", feedback.rows());
            counts.put("hours_entry", hours.rows());
        }
    }
}
