package no.ledernett.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Rules;
import no.ledernett.portal.ServiceRequest;
import no.ledernett.portal.ServiceRequests;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The staff inbox of requests from the portal. */
@ApplicationScoped
@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestsResource {

    public record Handled(String note) {
    }

    @Inject
    ServiceRequests requests;

    @Operation(summary = "List portal requests",
            description = "The staff inbox of requests from municipalities' contacts, by status, paged.")
    @GET
    public Page<PortalResource.RequestJson> inbox(@QueryParam("status") String status, @QueryParam("page") Integer page,
                                                  @QueryParam("size") Integer size) {
        ServiceRequest.Status wanted = Rules.checked(
                r -> r.oneOf("status", status, ServiceRequest.Status.class, "no.ledernett.portal.Rules", null));
        return requests.inbox(wanted, PageRequest.of(page, size)).map(PortalResource.RequestJson::of);
    }

    @Operation(summary = "Mark a request handled",
            description = "Marks a portal request handled, with an optional note.")
    @POST
    @Path("{id}/handled")
    public PortalResource.RequestJson handled(@PathParam("id") long id, Handled handled) {
        return PortalResource.RequestJson.of(requests.handle(id, handled == null ? null : handled.note()));
    }
}
