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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.ledernett.municipalities.ContactInput;
import no.ledernett.municipalities.Contacts;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Violation;

@ApplicationScoped
@Path("contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactsResource {

    @Inject
    Contacts contacts;

    @POST
    public Response create(ContactInput input, @Context UriInfo uri) {
        ContactJson created = ContactJson.of(contacts.create(required(input)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    public ContactJson get(@PathParam("id") long id) {
        return ContactJson.of(contacts.get(id));
    }

    @PUT
    @Path("{id}")
    public ContactJson update(@PathParam("id") long id, ContactInput input) {
        return ContactJson.of(contacts.update(id, required(input)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        contacts.delete(id, version);
        return Response.noContent().build();
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException(Violation.of("body", "required"));
        }
        return body;
    }
}
