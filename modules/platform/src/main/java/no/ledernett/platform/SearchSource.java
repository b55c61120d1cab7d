package no.ledernett.platform;

import java.util.List;
import java.util.Locale;

/**
 * A module's part of the search across everything (the admin header and {@code GET /api/search}).
 * Each module that has things people look for implements this as a CDI bean. A source answers only
 * what this viewer may open (an adviser: their own groups, meetings and coaching; contacts and
 * participants: nothing), at most {@code max} hits per kind, in a fixed number of statements.
 */
public interface SearchSource {

    /** @param text at least two characters, trimmed */
    List<SearchHit> search(Viewer viewer, String text, int max, Locale locale);

    /** The text as a LIKE pattern, lower case, with the user's own wildcards taken out. */
    static String pattern(String text) {
        return "%" + text.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }
}
