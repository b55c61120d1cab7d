package no.ledernett.sessions.web;

import no.ledernett.platform.NorwegianTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ledernett.platform.SearchHit;
import no.ledernett.platform.SearchSource;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Viewer;
import no.ledernett.sessions.AdviserScope;
import no.ledernett.sessions.Meetings;

/**
 * The search across everything: meetings, by a date ({@code 12.3}, {@code 12.03.2027}) or by their
 * group's name (the planned ones from today), in one statement. Staff find every group's, an adviser
 * their own groups'.
 */
@ApplicationScoped
public class MeetingsSearch implements SearchSource {

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.?(\\d{4})?");

    @Inject
    Meetings meetings;

    @Override
    public List<SearchHit> search(Viewer viewer, String text, int max, Locale locale) {
        if (!viewer.is(Viewer.Role.STAFF) && !viewer.is(Viewer.Role.ADVISER)) {
            return List.of();
        }
        LocalDate today = NorwegianTime.today();
        LocalDate on = date(text.trim(), today);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        return meetings.find(on, text, today, AdviserScope.limitTo(viewer), max).stream()
                .map(m -> new SearchHit("meeting", Texts.format(MeetingsSection.TEXTS, locale, "search.meeting", String.valueOf(m[3]), (String) m[4]),
                        day.format((LocalDate) m[1]) + " " + m[2].toString(), "/admin/meetings/meeting.xhtml?id=" + m[0]))
                .toList();
    }

    /** A day written the Norwegian way, the year left out meaning this year; null when the text is not one. */
    static LocalDate date(String text, LocalDate today) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(m.group(3) == null ? today.getYear() : Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
