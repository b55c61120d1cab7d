package no.ledernett.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.ledernett.accounts.BasicCredentials;
import no.ledernett.accounts.PasswordLinks;
import no.ledernett.platform.web.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The API side of the password pages: choose a password with a one-time link's token, or ask for
 * a reset link. Open to anyone: the token is the key, and a reset request answers the same
 * whether the address is known or not.
 */
@ApplicationScoped
@Path("password")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@no.ledernett.platform.web.Public
public class PasswordResource {

    public record Choice(String token, String password, String repeated) {
    }

    public record ResetRequest(String email) {
    }

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    BasicCredentials remembered;

    @Inject
    no.ledernett.accounts.SignInThrottle throttle;

    @jakarta.ws.rs.core.Context
    jakarta.servlet.http.HttpServletRequest http;

    @Operation(summary = "Choose a password",
            description = "Sets a password with the one-time token from an invitation or reset link (password given twice). Ends the user's other sessions and remembered credentials. Answers 204.")
    @APIResponse(responseCode = "204", description = "Done; nothing to tell.")
    @POST
    public Response choose(Choice choice) {
        Choice given = Bodies.required(choice);
        passwordLinks.choosePassword(given.token(), given.password(), given.repeated());
        remembered.forgetAll();
        return Response.noContent().build();
    }

    @Operation(summary = "Ask for a password reset link",
            description = "Sends a reset link (valid 2 hours) if the address belongs to a user. Answers 202 whether it does or not, and the same when throttled, so the answer tells nothing.")
    @APIResponse(responseCode = "202", description = "Accepted; nothing to tell.")
    @POST
    @Path("reset")
    public Response reset(ResetRequest request) {
        passwordLinks.requestReset(request == null ? null : request.email(), throttle.client(http));
        return Response.accepted().build();
    }
}
