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
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Violation;
import no.ledernett.platform.web.Allowed;
import no.ledernett.platform.web.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;

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

    /**
     * The leaders to act on: those named, or with {@code all} every one of the municipality's. Everyone
     * is only ever asked for by name, so a client whose filter found nobody and sends an empty list
     * mails nobody.
     */
    public record Chosen(List<Long> leaderIds, Boolean all) {

        List<Long> ids() {
            if (Boolean.TRUE.equals(all)) {
                return null;
            }
            if (leaderIds == null) {
                throw new InvalidInputException(Violation.of("leaderIds", "required"));
            }
            return leaderIds;
        }
    }

    public record InvitationListJson(List<LeaderInvitations.InvitationRow> items, long total, int page, int size, LeaderInvitations.InvitationSummary summary) {
    }

    @Inject
    LeaderInvitations invitations;

    @Inject
    Provider<Viewer> viewer;

    @Operation(summary = "List a municipality's leaders with their invitations",
            description = "One page of the municipality's leaders (?q= searches name, e-mail, title and unit) with where each stands: NOT_INVITED, NO_EMAIL, INVITED (link still valid), EXPIRED, ACCEPTED or DISABLED, when last invited and last signed in; and a summary of the whole municipality. A contact sees their own municipality only; another is 404.")
    @GET
    public InvitationListJson list(@PathParam("number") String number, @QueryParam("q") String text, @QueryParam("page") Integer page,
                         @QueryParam("size") Integer size) {
        Page<LeaderInvitations.InvitationRow> found = invitations.list(viewer.get(), number, text, PageRequest.of(page, size));
        return new InvitationListJson(found.items(), found.total(), found.page(), found.size(), invitations.summary(viewer.get(), number));
    }

    /** Invites the chosen leaders who have an address and no account yet. */
    @Operation(summary = "Invite leaders to the portal",
            description = "Creates a participant account and mails an invitation to each leader named in leaderIds (\"all\":true: every one of the municipality's; an empty list: nobody) who has an e-mail address and no account; the others are counted as skipped. A leader id of another municipality is 404 and nothing is sent.")
    @POST
    public LeaderInvitations.InvitationOutcome invite(@PathParam("number") String number, Chosen chosen) {
        return invitations.invite(viewer.get(), number, Bodies.required(chosen).ids());
    }

    /** New links for the chosen leaders who were invited and have not taken it up. */
    @Operation(summary = "Send new invitation links",
            description = "Mails a new link to each leader named in leaderIds (\"all\":true: every one of the municipality's; an empty list: nobody) who was invited and has not chosen a password yet; the old link stops working. The others are counted as skipped.")
    @POST
    @Path("resend")
    public LeaderInvitations.InvitationOutcome resend(@PathParam("number") String number, Chosen chosen) {
        return invitations.resend(viewer.get(), number, Bodies.required(chosen).ids());
    }
}
