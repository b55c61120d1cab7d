package no.ledernett.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import no.ledernett.platform.ReadTogether;
import no.ledernett.accounts.PersonalData;
import no.ledernett.platform.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Staff export what is kept about a leader, or erase it, on the leader's request. The export holds
 * confidential records only as counts and dates; the leader gets the complete one from the portal
 * ({@link OwnPersonalDataResource}).
 */
@ApplicationScoped
@Path("personal-data/leaders/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    @Inject
    PersonalData personalData;

    @Inject
    Provider<Viewer> viewer;

    @Operation(summary = "Export a leader's personal data",
            description = "Everything stored about one leader (GDPR art. 15) as a JSON file, from every module that keeps records of leaders. Audited.")
    @GET
    @ReadTogether
    public Response export(@PathParam("id") long id) {
        Map<String, Object> data = personalData.forStaff(id, viewer.get());
        return Response.ok(data).header("Content-Disposition", "attachment; filename=\"leder-" + id + ".json\"").build();
    }

    @Operation(summary = "Erase a leader's personal data",
            description = "Erases a leader's personal data (GDPR art. 17) in every module that keeps records of leaders. Audited. Answers 204.")
    @APIResponse(responseCode = "204", description = "Done; nothing to tell.")
    @POST
    @Path("erase")
    public Response erase(@PathParam("id") long id) {
        personalData.erase(id, viewer.get());
        return Response.noContent().build();
    }
}
