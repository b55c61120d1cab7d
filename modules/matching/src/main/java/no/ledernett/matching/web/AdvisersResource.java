package no.ledernett.matching.web;

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
import java.util.List;
import no.ledernett.matching.AdviserInput;
import no.ledernett.matching.AdviserSearch;
import no.ledernett.matching.Advisers;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@ApplicationScoped
@Path("advisers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdvisersResource {

    /** A competence as a client sets it. */
    public record CompetenceInput(Integer level, String note) {
    }

    @Inject
    Advisers advisers;

    @Operation(summary = "Search advisers",
            description = "Advisers by name, subject area and minimum competence level, and whether active, paged.")
    @GET
    public Page<AdviserJson> search(@QueryParam("q") String text, @QueryParam("subjectAreaId") Long subjectAreaId,
                                    @QueryParam("minLevel") Integer minLevel, @QueryParam("active") Boolean active,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return advisers.search(new AdviserSearch(text, subjectAreaId, minLevel, active), PageRequest.of(page, size))
                .map(a -> AdviserJson.of(a, null));
    }

    @Operation(summary = "Register an adviser",
            description = "Registers one of the consultancy's coaches: name, title, home county, capacity and languages. Answers 201 with the adviser and its Location.")
    @POST
    public Response create(AdviserInput input, @Context UriInfo uri) {
        AdviserJson created = AdviserJson.of(advisers.create(Bodies.required(input)), List.of());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @Operation(summary = "Read an adviser",
            description = "One adviser with their competences.")
    @GET
    @Path("{id}")
    public AdviserJson get(@PathParam("id") long id) {
        return AdviserJson.of(advisers.get(id), advisers.competences(id));
    }

    @Operation(summary = "Change an adviser",
            description = "Changes an adviser's details and capacity; send the version you read.")
    @PUT
    @Path("{id}")
    public AdviserJson update(@PathParam("id") long id, AdviserInput input, @Context HttpHeaders headers) {
        AdviserInput given = Bodies.required(input);
        advisers.update(id, given.withVersion(Versions.required(given.version(), headers)));
        return get(id);
    }

    @Operation(summary = "Delete an adviser",
            description = "Deletes an adviser. Answers 204.")
    @APIResponse(responseCode = "204", description = "Done; nothing to tell.")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        advisers.delete(id);
        return Response.noContent().build();
    }

    @Operation(summary = "List an adviser's competences",
            description = "The adviser's level in each subject area.")
    @GET
    @Path("{id}/competences")
    public List<AdviserJson.CompetenceJson> competences(@PathParam("id") long id) {
        advisers.get(id);
        return advisers.competences(id).stream().map(AdviserJson.CompetenceJson::of).toList();
    }

    @Operation(summary = "Set an adviser's competence",
            description = "Sets the adviser's level in one subject area.")
    @PUT
    @Path("{id}/competences/{subjectAreaId}")
    public AdviserJson.CompetenceJson setCompetence(@PathParam("id") long id, @PathParam("subjectAreaId") long subjectAreaId,
                                                    CompetenceInput input) {
        CompetenceInput given = Bodies.required(input);
        return AdviserJson.CompetenceJson.of(advisers.setCompetence(id, subjectAreaId, given.level(), given.note()));
    }

    @Operation(summary = "Remove an adviser's competence",
            description = "Removes the adviser's competence in one subject area. Answers 204.")
    @APIResponse(responseCode = "204", description = "Done; nothing to tell.")
    @DELETE
    @Path("{id}/competences/{subjectAreaId}")
    public Response removeCompetence(@PathParam("id") long id, @PathParam("subjectAreaId") long subjectAreaId) {
        advisers.removeCompetence(id, subjectAreaId);
        return Response.noContent().build();
    }
}
