package no.ledernett.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import no.ledernett.platform.web.Allowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.ledernett.accounts.CurrentViewer;
import no.ledernett.accounts.SignedInUser;
import no.ledernett.platform.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who am I: the signed-in user and what they are. */
@ApplicationScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Viewer.Role.STAFF, Viewer.Role.ADVISER, Viewer.Role.CONTACT, Viewer.Role.PARTICIPANT})
public class MeResource {

    public record MeJson(String email, String name, String role, Long leaderId, Long adviserId, String municipality) {
    }

    @Inject
    CurrentViewer current;

    @Operation(summary = "Who am I",
            description = "The signed-in user: e-mail, name, role, and the leader, adviser or municipality they act for.")
    @GET
    public MeJson me() {
        SignedInUser user = current.user();
        Viewer v = user.viewer();
        return new MeJson(user.email(), user.name(), v.roleName(), v.leaderId(), v.adviserId(), v.municipality());
    }
}
