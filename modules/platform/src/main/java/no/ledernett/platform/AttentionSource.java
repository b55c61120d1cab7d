package no.ledernett.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a module has that needs attention today, for the admin start page. Each module that has
 * such work implements this as a CDI bean; the start page collects them all. A source answers only
 * what this viewer may see (an adviser: their own groups; staff: everything), and counts in the
 * database in a fixed number of statements, whatever the amount of data.
 */
public interface AttentionSource {

    /** @param locale the screen's language, for the names of {@link Attention.Item}s */
    List<Attention> attention(Viewer viewer, LocalDate today, Locale locale);
}
