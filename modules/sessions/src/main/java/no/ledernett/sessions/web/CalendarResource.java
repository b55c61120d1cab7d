package no.ledernett.sessions.web;

import no.ledernett.platform.web.Bodies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Violation;
import no.ledernett.sessions.CalendarFeeds;
import no.ledernett.sessions.CalendarLink;
import no.ledernett.sessions.SessionsTexts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Calendar feeds. {@code GET /api/calendar/{token}} needs no sign-in (calendar apps cannot
 * sign in); the unguessable token is the key, and revoking it closes the feed.
 */
@ApplicationScoped
@Path("calendar")
public class CalendarResource {

    public record LinkInput(String owner, Long ownerId) {
    }

    public record LinkJson(String owner, long ownerId, String token, String url) {
    }

    @Inject
    CalendarFeeds feeds;

    @Operation(summary = "Make a calendar feed link",
            description = "Makes a secret calendar feed address (iCalendar) for a leader, an adviser or a group (owner, ownerId). Anyone with the link can read the feed. Answers 201 with the link.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(LinkInput input, @Context UriInfo uri) {
        LinkInput given = Bodies.required(input);
        CalendarLink.Owner owner = Rules.checked(r -> r.required("owner", given.owner())
                .oneOf("owner", given.owner(), CalendarLink.Owner.class, SessionsTexts.RULES, "calendar.owner", null));
        if (given.ownerId() == null) {
            throw new InvalidInputException(Violation.of("ownerId", "required"));
        }
        CalendarLink link = feeds.create(owner, given.ownerId());
        String url = uri.getAbsolutePathBuilder().path(link.getToken()).build().toString();
        return Response.status(201).entity(new LinkJson(owner.name(), link.getOwnerId(), link.getToken(), url)).build();
    }

    /** The feed itself: calendar programs fetch it without signing in, so the unguessable token is the key. */
    @Operation(summary = "Read a calendar feed",
            description = "The meetings and coaching of the link's owner as iCalendar (RFC 5545), for a calendar program to subscribe to. The secret token in the path is the only credential.")
    @GET
    @no.ledernett.platform.web.Public
    @Path("{token}")
    @Produces("text/calendar")
    public Response feed(@PathParam("token") String token) {
        return Response.ok(feeds.feed(token), "text/calendar; charset=UTF-8").header("Cache-Control", "no-store").build();
    }

    @Operation(summary = "Revoke a calendar feed link",
            description = "Makes a feed link stop working at once. Answers 204.")
    @APIResponse(responseCode = "204", description = "Done; nothing to tell.")
    @DELETE
    @Path("{token}")
    public Response revoke(@PathParam("token") String token) {
        feeds.revoke(token);
        return Response.noContent().build();
    }
}
