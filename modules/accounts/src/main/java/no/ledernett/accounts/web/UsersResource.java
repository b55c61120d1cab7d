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
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import no.ledernett.accounts.AccountRoles;
import no.ledernett.accounts.Accounts;
import no.ledernett.accounts.Invitations;
import no.ledernett.accounts.PasswordLinks;
import no.ledernett.accounts.UserAccount;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Users, for staff: search, invite, a new link, disable, enable, change a role. */
@ApplicationScoped
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    public record UserJson(long id, String email, String name, String role, Long leaderId, Long adviserId, String municipality, String status,
                           boolean passwordChosen, Instant lastSignIn) {

        static UserJson of(UserAccount u) {
            return new UserJson(u.getId(), u.getEmail(), u.getName(), u.getRole().name(), u.getLeaderId(), u.getAdviserId(), u.getMunicipality(),
                    u.getStatus(), u.hasPassword(), u.getLastSignIn());
        }
    }

    @Inject
    Accounts accounts;

    @Inject
    Invitations invitations;

    @Inject
    AccountRoles roles;

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    Provider<Viewer> viewer;

    @Operation(summary = "Search users",
            description = "Users by name or e-mail, role and municipality, paged.")
    @GET
    public Page<UserJson> users(@QueryParam("q") String text, @QueryParam("role") String role, @QueryParam("municipality") String municipality,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Viewer.Role wanted = Rules.checked(r -> r.oneOf("role", role, Viewer.Role.class, "no.ledernett.accounts.Rules", "role.unknown", null));
        return accounts.search(text, wanted, municipality, PageRequest.of(page, size)).map(UserJson::of);
    }

    @Operation(summary = "Invite a user",
            description = "Creates a user with a role (and the leader, adviser or municipality they act for) and e-mails a one-time link (valid 7 days) to choose a password. Answers 201 with the user.")
    @POST
    public Response invite(Invitations.Invitation invitation) {
        return Response.status(201).entity(UserJson.of(invitations.invite(Bodies.required(invitation), viewer.get()))).build();
    }

    @Operation(summary = "Read a user",
            description = "One user with their role, status and last sign-in.")
    @GET
    @Path("{id}")
    public UserJson user(@PathParam("id") long id) {
        return UserJson.of(accounts.get(id));
    }

    /** A new one-time link for staff to hand over themselves (no mail is sent); answered once, kept only as a hash. */
    @Operation(summary = "Make a password link to hand over",
            description = "For when mail does not reach the user: a new one-time link, shown once with its expiry. Only its hash is kept; audited.")
    @POST
    @Path("{id}/link")
    public PasswordLinks.IssuedLink link(@PathParam("id") long id) {
        return passwordLinks.issueLink(id, viewer.get());
    }

    @Operation(summary = "Disable a user",
            description = "Stops the user signing in and ends all their sessions and remembered API credentials at once, on every instance.")
    @POST
    @Path("{id}/disable")
    public UserJson disable(@PathParam("id") long id) {
        return UserJson.of(accounts.disable(id, viewer.get()));
    }

    @Operation(summary = "Enable a user",
            description = "Lets a disabled user sign in again.")
    @POST
    @Path("{id}/enable")
    public UserJson enable(@PathParam("id") long id) {
        return UserJson.of(accounts.enable(id, viewer.get()));
    }

    /** A new role ends the user's sessions: they sign in again as what they are now. */
    @Operation(summary = "Change a user's role",
            description = "Gives the user another role (and whom they act for); ends all their sessions at once.")
    @POST
    @Path("{id}/role")
    public UserJson changeRole(@PathParam("id") long id, AccountRoles.RoleChange change) {
        return UserJson.of(roles.changeRole(id, Bodies.required(change), viewer.get()));
    }

    @Operation(summary = "Invite a user again",
            description = "Sends the user a new invitation link. Answers 202.")
    @APIResponse(responseCode = "202", description = "Accepted; nothing to tell.")
    @POST
    @Path("{id}/invitation")
    public Response reinvite(@PathParam("id") long id) {
        invitations.reinvite(id, viewer.get());
        return Response.accepted().build();
    }
}
