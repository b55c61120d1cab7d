package no.ledernett.matching.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import no.ledernett.matching.NeedInput;
import no.ledernett.matching.Ranking;
import no.ledernett.matching.RankingView;
import no.ledernett.platform.web.Bodies;
import no.ledernett.platform.web.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** "Find adviser": every adviser ranked for one need, with reasons. */
@ApplicationScoped
@Path("matching/ranking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RankingResource {

    @Inject
    Ranking ranking;

    @Operation(summary = "Rank advisers for a need",
            description = "Advisers ranked for a described need (municipality, subject area, period, hours, mode), each criterion's points shown, and those excluded with their reasons. Nothing is saved.")
    @POST
    public RankingView rank(NeedInput need, @Context HttpHeaders headers) {
        return RankingView.of(ranking.rank(Bodies.required(need)), Problems.locale(headers));
    }
}
