package no.ledernett.platform;

import java.io.Serializable;
import java.util.List;

/**
 * One line of the staff's start page: what needs attention today, how many, and where it is
 * solved. Modules provide lines through {@link AttentionSource}; the start page knows none of them.
 *
 * @param bundle  resource bundle holding {@code <key>.label} (and {@code <key>.action}, the link's text)
 * @param key     text key prefix
 * @param count   how many; counted in the database, never by reading rows
 * @param link    the page where it is solved, a path under the context root with its query
 * @param urgent  whether a non-zero count is a problem to fix (failed mails, an exhausted budget), not just today's work
 * @param order   position on the page
 * @param items   a few named examples with their own links (e.g. the engagements near their budget); may be empty
 */
public record Attention(String bundle, String key, long count, String link, boolean urgent, int order, List<Item> items) implements Serializable {

    /** A named example of what a line counts, with its own page; {@code percent} is shown as a bar when not null. */
    public record Item(String label, String link, Integer percent) implements Serializable {
    }

    public Attention {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public Attention(String bundle, String key, long count, String link, boolean urgent, int order) {
        this(bundle, key, count, link, urgent, order, List.of());
    }
}
