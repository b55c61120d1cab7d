package no.ledernett.groups.web;

import no.ledernett.platform.web.Bodies;
import no.ledernett.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.ledernett.platform.ReadTogether;
import no.ledernett.groups.GroupAdvisers;
import no.ledernett.groups.GroupInput;
import no.ledernett.groups.GroupKind;
import no.ledernett.groups.GroupSearch;
import no.ledernett.groups.GroupStatus;
import no.ledernett.groups.GroupSummary;
import no.ledernett.groups.GroupsTexts;
import no.ledernett.groups.Groups;
import no.ledernett.groups.GroupsConfig;
import no.ledernett.groups.MemberView;
import no.ledernett.groups.Members;
import no.ledernett.groups.NetworkGroup;
import no.ledernett.matching.ProposalSent;
import no.ledernett.matching.RankingView;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@ApplicationScoped
@Path("groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupsResource {

    public record MemberInput(Long leaderId, String joined) {
    }

    public record LeaveInput(String left) {
    }

    public record AdviserChoice(Long adviserId) {
    }

    /** The groups to send to a batch proposal; without it (or without a body), every running group without an adviser. */
    public record BatchInput(List<Long> groupIds) {
    }

    @Inject
    Groups groups;

    @Inject
    Members members;

    @Inject
    GroupAdvisers groupAdvisers;

    @Inject
    GroupsConfig config;

    @Inject
    Provider<Viewer> viewer;

    /** Thread-safe, and costly to make. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Context
    HttpHeaders headers;

    @Operation(summary = "Search network groups",
            description = "Network groups by name, municipality, kind, status or adviser, paged.")
    @GET
    public Page<GroupSummary> search(@QueryParam("q") String text, @QueryParam("municipality") String municipality,
                                     @QueryParam("kind") String kind, @QueryParam("status") String status,
                                     @QueryParam("adviserId") Long adviserId, @QueryParam("withoutAdviser") Boolean withoutAdviser,
                                     @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return groups.search(new GroupSearch(text, municipality, parse("kind", kind, GroupKind.class), parse("status", status, GroupStatus.class),
                adviserId, withoutAdviser), PageRequest.of(page, size));
    }

    @Operation(summary = "Create a network group",
            description = "Creates a network group for an engagement: name, kind (subject-specific with a subject area, or cross-disciplinary), meeting method and plan. Answers 201 with the group and its Location.")
    @POST
    public Response create(GroupInput input, @Context UriInfo uri) {
        NetworkGroup created = groups.create(Bodies.required(input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build()).entity(json(created.getId())).build();
    }

    @Operation(summary = "Read a network group",
            description = "One group with its plan, members, composition advice and adviser.")
    @GET
    @Path("{id}")
    @ReadTogether
    public GroupJson get(@PathParam("id") long id) {
        return json(id);
    }

    @Operation(summary = "Change a network group",
            description = "Changes a group's name, kind, method, plan or status; send the version you read.")
    @PUT
    @Path("{id}")
    public GroupJson update(@PathParam("id") long id, GroupInput input, @Context HttpHeaders request) {
        GroupInput given = Bodies.required(input);
        groups.update(id, given.withVersion(Versions.required(given.version(), request)));
        return json(id);
    }

    @Operation(summary = "Delete a network group",
            description = "Deletes a group. Answers 204.")
    @APIResponse(responseCode = "204", description = "Done; nothing to tell.")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        groups.delete(id);
        return Response.noContent().build();
    }

    @Operation(summary = "Add a leader to a group",
            description = "Adds a leader of the group's municipality as a member from a date. Answers 201 with the group.")
    @POST
    @Path("{id}/members")
    public Response addMember(@PathParam("id") long id, MemberInput input) {
        MemberInput given = Bodies.required(input);
        members.add(id, given.leaderId(), date("joined", given.joined()));
        return Response.status(201).entity(json(id)).build();
    }

    @Operation(summary = "Record that a member left",
            description = "Sets the date a member left the group; the membership stays in the group's history.")
    @PUT
    @Path("{id}/members/{membershipId}/left")
    public GroupJson leave(@PathParam("id") long id, @PathParam("membershipId") long membershipId, LeaveInput input) {
        members.leave(id, membershipId, date("left", input == null ? null : input.left()));
        return json(id);
    }

    @Operation(summary = "Remove a membership",
            description = "Removes a membership, as if it had never been (for one added by mistake). Answers 204.")
    @APIResponse(responseCode = "204", description = "Done; nothing to tell.")
    @DELETE
    @Path("{id}/members/{membershipId}")
    public Response removeMember(@PathParam("id") long id, @PathParam("membershipId") long membershipId) {
        members.remove(id, membershipId);
        return Response.noContent().build();
    }

    @Operation(summary = "Rank advisers for a group",
            description = "Advisers ranked for the group's need, each criterion's points shown, and those excluded with their reasons.")
    @GET
    @Path("{id}/adviser-ranking")
    @ReadTogether
    public RankingView ranking(@PathParam("id") long id) {
        return RankingView.of(groupAdvisers.rank(id), Problems.locale(headers));
    }

    @Operation(summary = "Give a group its adviser",
            description = "Assigns an adviser to the group; the adviser is told.")
    @PUT
    @Path("{id}/adviser")
    public GroupJson assign(@PathParam("id") long id, AdviserChoice choice) {
        groupAdvisers.assign(id, Bodies.required(choice).adviserId());
        return json(id);
    }

    @Operation(summary = "Take a group's adviser away",
            description = "Leaves the group without an adviser.")
    @DELETE
    @Path("{id}/adviser")
    public GroupJson unassign(@PathParam("id") long id) {
        groupAdvisers.unassign(id);
        return json(id);
    }

    /**
     * Sends the chosen groups to a batch proposal, or every running group without an adviser when
     * none are named; answers with where to follow it. A choice with a group that cannot go is
     * refused whole (400, naming the groups).
     */
    @Operation(summary = "Propose advisers for groups without one",
            description = "Starts a batch assignment proposal for the chosen groups (groupIds), or for every group without an adviser when no body is sent. Answers 202 with the proposal's id; follow its Location.")
    @POST
    @Path("batch-proposal")
    public Response proposeForGroupsWithoutAdviser(String body, @Context UriInfo uri) {
        // Read here rather than by JAX-RS, which refuses an empty body for a record: the endpoint
        // was called without one before it took a choice, and still means "every group" then.
        BatchInput choice = body == null || body.isBlank() ? null : JSON.fromJson(body, BatchInput.class);
        ProposalSent proposal = choice == null || choice.groupIds() == null ? groupAdvisers.proposeForGroupsWithoutAdviser()
                : groupAdvisers.proposeFor(viewer.get(), choice.groupIds());
        return Response.accepted(Map.of("proposalId", proposal.id(), "needs", proposal.needs()))
                .location(uri.getBaseUriBuilder().path("proposals").path(String.valueOf(proposal.id())).build()).build();
    }

    private GroupJson json(long id) {
        // The summary reads the group first, so the rest finds it in the persistence context; the
        // advice is given on the members read here, not read again.
        GroupSummary summary = groups.summary(id);
        NetworkGroup group = groups.get(id);
        List<MemberView> memberList = members.of(id);
        return GroupJson.of(group, summary, group.hoursPerMonth(config.preparationHours()), memberList, members.advice(group, memberList),
                Problems.locale(headers));
    }

    // A single value here is answered at once when it is bad, as the only problem.

    private static LocalDate date(String field, String value) {
        return Rules.checked(r -> r.dateIfGiven(field, value, GroupsTexts.RULES, "date"));
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        return Rules.checked(r -> r.oneOf(field, value, type, GroupsTexts.RULES, null));
    }
}
