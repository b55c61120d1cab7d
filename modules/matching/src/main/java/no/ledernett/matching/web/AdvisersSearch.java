package no.ledernett.matching.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import no.ledernett.matching.Advisers;
import no.ledernett.platform.SearchHit;
import no.ledernett.platform.SearchSource;
import no.ledernett.platform.Viewer;

/** The search across everything, for staff: advisers by name, title or e-mail, in one statement. */
@ApplicationScoped
public class AdvisersSearch implements SearchSource {

    @Inject
    Advisers advisers;

    @Override
    public List<SearchHit> search(Viewer viewer, String text, int max, Locale locale) {
        if (!viewer.is(Viewer.Role.STAFF)) {
            return List.of();
        }
        return advisers.find(text, max).stream()
                .map(a -> new SearchHit("adviser", (String) a[1], (a[2] == null ? "" : a[2] + " · ") + (a[3] == null ? "" : a[3]),
                        "/admin/advisers/adviser.xhtml?id=" + a[0]))
                .toList();
    }
}
