package no.ledernett.matching.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import no.ledernett.platform.web.Bodies;
import no.ledernett.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.ledernett.matching.SubjectArea;
import no.ledernett.matching.SubjectAreas;
import org.eclipse.microprofile.openapi.annotations.Operation;

@ApplicationScoped
@Path("subject-areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubjectAreasResource {

    public record SubjectAreaJson(long id, String code, String name, boolean active, long version) {

        static SubjectAreaJson of(SubjectArea s) {
            return new SubjectAreaJson(s.getId(), s.getCode(), s.getName(), s.isActive(), s.getVersion());
        }
    }

    public record SubjectAreaInput(String code, String name, Boolean active, Long version) {
    }

    @Inject
    SubjectAreas subjectAreas;

    @Operation(summary = "List subject areas",
            description = "Every subject area (skole, barnehage, helse og omsorg …), active or not.")
    @GET
    public List<SubjectAreaJson> all() {
        return subjectAreas.all().stream().map(SubjectAreaJson::of).toList();
    }

    @Operation(summary = "Add a subject area",
            description = "Adds a subject area with a code and a name. Answers 201.")
    @POST
    public Response create(SubjectAreaInput input) {
        SubjectAreaInput given = Bodies.required(input);
        return Response.status(201).entity(SubjectAreaJson.of(subjectAreas.create(given.code(), given.name()))).build();
    }

    @Operation(summary = "Change a subject area",
            description = "Renames a subject area or makes it inactive; send the version you read.")
    @PUT
    @Path("{id}")
    public SubjectAreaJson update(@PathParam("id") long id, SubjectAreaInput input, @Context HttpHeaders headers) {
        SubjectAreaInput given = Bodies.required(input);
        long version = Versions.required(given.version(), headers);
        return SubjectAreaJson.of(subjectAreas.update(id, given.name(), given.active() == null || given.active(), version));
    }
}
