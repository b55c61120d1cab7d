package no.ledernett.sessions;

import java.time.LocalDate;
import java.time.LocalTime;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Violation;

/** The day and hours of a group meeting or a coaching session, as the screens and the API send them. */
record MeetingTime(LocalDate day, LocalTime start, LocalTime end) {

    /** Read with its rules (an ISO date, two times of day, the end after the start); a part that breaks one is null. */
    static MeetingTime read(Rules rules, String date, String start, String end) {
        LocalDate day = rules.date("date", date, SessionsTexts.RULES, "format.date");
        LocalTime from = rules.time("start", start, SessionsTexts.RULES, "format.start");
        LocalTime to = rules.time("end", end, SessionsTexts.RULES, "format.end");
        if (from != null && to != null && !to.isAfter(from)) {
            rules.add(Violation.of(SessionsTexts.RULES, "end", "time.order"));
        }
        return new MeetingTime(day, from, to);
    }
}
