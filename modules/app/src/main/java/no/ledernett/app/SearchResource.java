package no.ledernett.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.ledernett.platform.SearchHit;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.Allowed;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/search?q=}: municipalities, leaders, groups, advisers, engagements and meetings
 * by name, number or e-mail, each kind capped ({@code capped} says some were left out: type more).
 * Staff find everything; an adviser their own groups and meetings.
 */
@ApplicationScoped
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Viewer.Role.STAFF, Viewer.Role.ADVISER})
public class SearchResource {

    public record SearchJson(String q, List<SearchHit> items, boolean capped) {
    }

    @Inject
    Search search;

    @Inject
    Provider<Viewer> viewer;

    @Operation(summary = "Search everything",
            description = "The admin screens' search: municipalities, leaders, groups, advisers and more, matching the text, as far as the caller may see them; capped at a number of hits.")
    @GET
    public SearchJson search(@QueryParam("q") String q, @Context HttpHeaders headers) {
        Search.Result result = search.search(viewer.get(), q, no.ledernett.platform.web.Problems.locale(headers));
        return new SearchJson(result.text(), result.hits(), result.capped());
    }
}
