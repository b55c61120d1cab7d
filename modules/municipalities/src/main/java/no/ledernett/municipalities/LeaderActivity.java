package no.ledernett.municipalities;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What modules above this one keep about one leader, for the leader's page (meetings and coaching:
 * sessions). A lower module asks, a higher one answers, as with {@link HoursUsed}. Nothing
 * confidential: no challenge, next step or note is ever an entry.
 */
public interface LeaderActivity {

    /** The leader's entries, newest first, in the given language; one or two statements whatever their number. */
    List<Entry> of(long leaderId, Locale locale);

    /**
     * One line of the leader's page.
     *
     * @param section heading it belongs under (e.g. "Nettverksmøter"), in the caller's language
     * @param date    when (or from when)
     * @param end     until when, for what lasts a period; else null
     * @param what    what it is (group and method, or adviser)
     * @param status  its state, in the caller's language
     * @param link    a page of the application (view id and query), or null
     */
    record Entry(String section, LocalDate date, LocalDate end, String what, String status, String link) implements Serializable {
    }
}
