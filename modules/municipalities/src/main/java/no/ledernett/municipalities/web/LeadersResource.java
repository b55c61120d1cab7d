package no.ledernett.municipalities.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.ledernett.municipalities.LeaderInput;
import no.ledernett.municipalities.Leaders;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.web.Bodies;
import no.ledernett.platform.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Leaders of the municipalities: find, register, change and delete them. */
@ApplicationScoped
@Path("leaders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadersResource {

    @Inject
    Leaders leaders;

    @Operation(summary = "Search leaders",
            description = "Leaders by municipality and by name, e-mail or title, paged (size at most 200).")
    @GET
    public Page<LeaderJson> search(@QueryParam("municipality") String municipality, @QueryParam("q") String text,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return leaders.search(MunicipalityNumber.parse("municipality", municipality), text, PageRequest.of(page, size)).map(LeaderJson::of);
    }

    @Operation(summary = "Register a leader",
            description = "Registers a leader employed by a municipality: name, e-mail, title, sector, unit and whom they report to. Answers 201 with the leader and its Location.")
    @POST
    public Response create(LeaderInput input, @Context UriInfo uri) {
        LeaderJson created = LeaderJson.of(leaders.create(Bodies.required(input)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @Operation(summary = "Read a leader",
            description = "One leader with their municipality, sector, unit and whom they report to.")
    @GET
    @Path("{id}")
    public LeaderJson get(@PathParam("id") long id) {
        return LeaderJson.of(leaders.get(id));
    }

    @Operation(summary = "Change a leader",
            description = "Changes a leader's details; send the version you read.")
    @PUT
    @Path("{id}")
    public LeaderJson update(@PathParam("id") long id, LeaderInput input, @Context HttpHeaders headers) {
        LeaderInput given = Bodies.required(input);
        return LeaderJson.of(leaders.update(id, given.withVersion(Versions.required(given.version(), headers))));
    }

    @Operation(summary = "Delete a leader",
            description = "Deletes a leader. Answers 204.")
    @APIResponse(responseCode = "204", description = "Done; nothing to tell.")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        leaders.delete(id);
        return Response.noContent().build();
    }
}
