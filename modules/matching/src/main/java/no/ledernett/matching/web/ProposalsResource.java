package no.ledernett.matching.web;

import no.ledernett.platform.web.Bodies;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ledernett.matching.Adviser;
import no.ledernett.matching.Advisers;
import no.ledernett.matching.NeedInput;
import no.ledernett.matching.Proposal;
import no.ledernett.matching.ProposalProgress;
import no.ledernett.matching.Proposals;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Batch proposals. Creating or changing one answers 202: the assignment is computed in the
 * background; GET shows its status and progress until it is READY.
 */
@ApplicationScoped
@Path("proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalsResource {

    public record ProposalInput(List<NeedInput> needs) {
    }

    public record AdviserChoice(Long adviserId) {
    }

    @Inject
    Proposals proposals;

    @Inject
    Advisers advisers;

    @Inject
    ProposalProgress progress;

    @Operation(summary = "Start a batch assignment proposal",
            description = "Starts computing the best assignment of advisers to the needs given (CP-SAT, within a time limit). Answers 202 with the proposal; follow its Location until it is done.")
    @POST
    public Response create(ProposalInput input, @Context UriInfo uri) {
        Proposal created = proposals.create(Bodies.required(input).needs());
        return Response.accepted(json(created)).location(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build()).build();
    }

    @Operation(summary = "List recent proposals",
            description = "The 50 most recent batch assignment proposals with their status and scores.")
    @GET
    public List<ProposalJson> recent() {
        return proposals.recent(50).stream().map(p -> new ProposalJson(p.getId(), p.getStatus().name(), p.getCreatedAt(), p.getComputedAt(),
                p.getPublishedAt(), p.getTotalScore(), p.getGreedyScore(), p.getUpperBound(), p.getOptimal(), p.getSolveMillis(), null,
                p.getFailure(), p.getVersion(), null)).toList();
    }

    @Operation(summary = "Read a proposal",
            description = "One proposal with its assignments, score, bound and whether it is proven optimal.")
    @GET
    @Path("{id}")
    public ProposalJson get(@PathParam("id") long id) {
        return json(proposals.get(id));
    }

    @Operation(summary = "Pin an adviser to a need",
            description = "Fixes the adviser for one need and computes the proposal again. Answers 202.")
    @PUT
    @Path("{id}/needs/{needId}/pin")
    public Response pin(@PathParam("id") long id, @PathParam("needId") long needId, AdviserChoice choice) {
        return Response.accepted(json(proposals.pin(id, needId, Bodies.required(choice).adviserId()))).build();
    }

    @Operation(summary = "Unpin a need",
            description = "Lets the solver choose the need's adviser again and computes the proposal again. Answers 202.")
    @DELETE
    @Path("{id}/needs/{needId}/pin")
    public Response unpin(@PathParam("id") long id, @PathParam("needId") long needId) {
        return Response.accepted(json(proposals.unpin(id, needId))).build();
    }

    @Operation(summary = "Forbid an adviser for a need",
            description = "Keeps this adviser away from one need and computes the proposal again. Answers 202.")
    @PUT
    @Path("{id}/needs/{needId}/forbidden/{adviserId}")
    public Response forbid(@PathParam("id") long id, @PathParam("needId") long needId, @PathParam("adviserId") long adviserId) {
        return Response.accepted(json(proposals.forbid(id, needId, adviserId))).build();
    }

    @Operation(summary = "Allow an adviser for a need again",
            description = "Lifts a forbidden adviser and computes the proposal again. Answers 202.")
    @DELETE
    @Path("{id}/needs/{needId}/forbidden/{adviserId}")
    public Response allow(@PathParam("id") long id, @PathParam("needId") long needId, @PathParam("adviserId") long adviserId) {
        return Response.accepted(json(proposals.allow(id, needId, adviserId))).build();
    }

    @Operation(summary = "Publish a proposal",
            description = "Gives each group in the proposal its proposed adviser; the advisers are told.")
    @POST
    @Path("{id}/publish")
    public ProposalJson publish(@PathParam("id") long id) {
        return json(proposals.publish(id));
    }

    @Operation(summary = "Discard a proposal",
            description = "Discards a proposal without assigning anyone.")
    @POST
    @Path("{id}/discard")
    public ProposalJson discard(@PathParam("id") long id) {
        return json(proposals.discard(id));
    }

    private ProposalJson json(Proposal p) {
        Set<Long> ids = new HashSet<>();
        p.getNeeds().forEach(n -> {
            if (n.getProposedAdviserId() != null) {
                ids.add(n.getProposedAdviserId());
            }
            n.getAlternatives().forEach(a -> ids.add(a.adviserId()));
        });
        Map<Long, String> names = advisers.byIds(ids).stream().collect(Collectors.toMap(Adviser::getId, Adviser::getName));
        return ProposalJson.of(p, names, progress);
    }
}
