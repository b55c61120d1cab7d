package no.ledernett.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.ledernett.accounts.LeaderInvitations;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.Allowed;

/**
 * A municipality's leaders and their invitations to the portal, for staff and the municipality's
 * own contact: who stands where, invite many at once, send new links to those who have not taken
 * theirs up. Another municipality is not found.
 */
@ApplicationScoped
@Path("municipalities/{number}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Viewer.Role.STAFF, Viewer.Role.CONTACT})
public class InvitationsResource {

    /** The leaders to act on; none (or no body) means all of the municipality's. */
    public record Chosen(List<Long> leaderIds) {
    }

    public record ListJson(List<LeaderInvitations.Row> items, long total, int page, int size, LeaderInvitations.Summary summary) {
    }

    @Inject
    LeaderInvitations invitations;

    @Inject
    Provider<Viewer> viewer;

    @GET
    public ListJson list(@PathParam("number") String number, @QueryParam("q") String text, @QueryParam("page") Integer page,
                         @QueryParam("size") Integer size) {
        Page<LeaderInvitations.Row> found = invitations.list(viewer.get(), number, text, PageRequest.of(page, size));
        return new ListJson(found.items(), found.total(), found.page(), found.size(), invitations.summary(viewer.get(), number));
    }

    /** Invites the chosen leaders who have an address and no account yet. */
    @POST
    public LeaderInvitations.Outcome invite(@PathParam("number") String number, Chosen chosen) {
        return invitations.invite(viewer.get(), number, chosen == null ? null : chosen.leaderIds());
    }

    /** New links for the chosen leaders who were invited and have not taken it up. */
    @POST
    @Path("resend")
    public LeaderInvitations.Outcome resend(@PathParam("number") String number, Chosen chosen) {
        return invitations.resend(viewer.get(), number, chosen == null ? null : chosen.leaderIds());
    }
}
