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
import no.ledernett.municipalities.ContactInput;
import no.ledernett.municipalities.Contacts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@ApplicationScoped
@Path("contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactsResource {

    @Inject
    Contacts contacts;

    @Operation(summary = "Add a contact person",
            description = "Adds a contact person (name, job title, e-mail, phone) to a municipality. Answers 201 with the contact and its Location.")
    @POST
    public Response create(ContactInput input, @Context UriInfo uri) {
        ContactJson created = ContactJson.of(contacts.create(Bodies.required(input)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @Operation(summary = "Read a contact person",
            description = "One contact person of a municipality by id.")
    @GET
    @Path("{id}")
    public ContactJson get(@PathParam("id") long id) {
        return ContactJson.of(contacts.get(id));
    }

    @Operation(summary = "Change a contact person",
            description = "Changes a contact person's details; send the version you read.")
    @PUT
    @Path("{id}")
    public ContactJson update(@PathParam("id") long id, ContactInput input, @Context HttpHeaders headers) {
        ContactInput given = Bodies.required(input);
        return ContactJson.of(contacts.update(id, given.withVersion(Versions.required(given.version(), headers))));
    }

    @Operation(summary = "Remove a contact person",
            description = "Removes a contact person; send the version you read as ?version=. Answers 204.")
    @APIResponse(responseCode = "204", description = "Done; nothing to tell.")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        contacts.delete(id, version);
        return Response.noContent().build();
    }
}
