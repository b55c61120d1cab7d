package no.ledernett.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.ledernett.platform.SearchHit;
import no.ledernett.platform.SearchSource;
import no.ledernett.platform.Viewer;

/**
 * The search across everything: asks every module's {@link SearchSource} and keeps at most
 * {@link #PER_KIND} hits of each kind. Contacts and participants have no admin search: every
 * source answers them nothing, and the endpoint and page are closed to them besides.
 */
@ApplicationScoped
public class Search {

    /** Hits of one kind at most: enough to choose from as one types; the rest by typing more. */
    static final int PER_KIND = 8;

    /** Fewer characters find too much to be of use. */
    static final int MIN_LENGTH = 2;

    /** Kinds in the order people look for them; a kind not listed comes last. */
    static final List<String> KINDS = List.of("municipality", "leader", "group", "adviser", "engagement", "meeting");

    public record Result(String text, List<SearchHit> hits, boolean capped) {
    }

    @Inject
    Instance<SearchSource> sources;

    public Result search(Viewer viewer, String text, Locale locale) {
        // Control characters find nothing, and PostgreSQL refuses a NUL in a parameter outright.
        String q = text == null ? "" : text.replaceAll("\\p{Cntrl}", "").strip();
        if (q.length() < MIN_LENGTH || q.length() > 100 || !(viewer.is(Viewer.Role.STAFF) || viewer.is(Viewer.Role.ADVISER))) {
            return new Result(q, List.of(), false);
        }
        List<SearchHit> hits = new ArrayList<>();
        boolean capped = false;
        for (SearchSource source : sources) {
            List<SearchHit> found = source.search(viewer, q, PER_KIND + 1, locale);
            for (String kind : found.stream().map(SearchHit::kind).distinct().toList()) {
                List<SearchHit> ofKind = found.stream().filter(h -> h.kind().equals(kind)).toList();
                capped |= ofKind.size() > PER_KIND;
                hits.addAll(ofKind.subList(0, Math.min(PER_KIND, ofKind.size())));
            }
        }
        hits.sort(java.util.Comparator.comparingInt(h -> KINDS.contains(h.kind()) ? KINDS.indexOf(h.kind()) : KINDS.size()));
        return new Result(q, hits, capped);
    }
}
