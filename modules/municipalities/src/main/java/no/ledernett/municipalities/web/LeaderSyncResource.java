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

    @PUT
    public LeaderSync.Result put(@PathParam("number") String number, SyncInput input) {
        return sync.sync(viewer.get(), number, Bodies.required(input).leaders());
    }
}
