package no.ledernett.municipalities.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.ledernett.municipalities.LeaderSync;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.Allowed;
import no.ledernett.platform.web.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The leader sync for HR systems: the whole list of a municipality's leaders, matched by e-mail.
 * Staff for any municipality, a contact (or their API token) for their own; others find nothing.
 */
@ApplicationScoped
@Path("municipalities/{number}/leaders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Viewer.Role.STAFF, Viewer.Role.CONTACT})
public class LeaderSyncResource {

    public record SyncInput(List<LeaderSync.Entry> leaders) {
    }

    @Inject
    LeaderSync sync;

    @Inject
    Provider<Viewer> viewer;

    @Operation(summary = "Put a municipality's whole leader list",
            description = "For HR systems: the complete list of the municipality's leaders, matched by e-mail. New addresses are added, changed ones updated, the rest left alone; the answer counts and lists each. Idempotent: sending the same list again changes nothing. A contact may sync only their own municipality.")
    @PUT
    public LeaderSync.Result put(@PathParam("number") String number, SyncInput input) {
        return sync.sync(viewer.get(), number, Bodies.required(input).leaders());
    }
}
