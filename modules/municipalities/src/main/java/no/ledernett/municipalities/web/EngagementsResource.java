package no.ledernett.municipalities.web;

import jakarta.ws.rs.core.HttpHeaders;
import no.ledernett.platform.web.Bodies;
import no.ledernett.platform.web.Versions;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.ledernett.municipalities.EngagementInput;
import no.ledernett.municipalities.Engagements;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@ApplicationScoped
@Path("engagements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EngagementsResource {

    @Inject
    Engagements engagements;

    @Operation(summary = "Register an engagement",
            description = "Registers what a municipality bought: kind, period, hour budget, and a programme when it is part of one. Answers 201 with the engagement and its Location.")
    @POST
    public Response create(EngagementInput input, @Context UriInfo uri) {
        EngagementJson created = EngagementJson.of(engagements.create(Bodies.required(input)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @Operation(summary = "Read an engagement",
            description = "One engagement with its hour budget, the hours used so far and what remains.")
    @GET
    @Path("{id}")
    public EngagementJson get(@PathParam("id") long id) {
        var engagement = engagements.get(id);
        return EngagementJson.of(engagement, engagements.budgetUse(java.util.List.of(engagement)).get(id));
    }

    @Operation(summary = "Change an engagement",
            description = "Changes an engagement's kind, period, budget or status; send the version you read.")
    @PUT
    @Path("{id}")
    public EngagementJson update(@PathParam("id") long id, EngagementInput input, @Context HttpHeaders headers) {
        EngagementInput given = Bodies.required(input);
        return EngagementJson.of(engagements.update(id, given.withVersion(Versions.required(given.version(), headers))));
    }

    @Operation(summary = "Delete an engagement",
            description = "Deletes an engagement; send the version you read as ?version=. Answers 204.")
    @APIResponse(responseCode = "204", description = "Done; nothing to tell.")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        engagements.delete(id, version);
        return Response.noContent().build();
    }
}
