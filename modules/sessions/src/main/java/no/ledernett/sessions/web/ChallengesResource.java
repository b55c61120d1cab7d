package no.ledernett.sessions.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.ledernett.platform.Viewer;
import no.ledernett.sessions.ChallengeView;
import no.ledernett.sessions.Challenges;

/** Next steps on challenges. */
@ApplicationScoped
@Path("challenges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChallengesResource {

    @Inject
    Challenges challenges;

    @Inject
    Provider<Viewer> viewer;

    @PUT
    @Path("{id}/next-step")
    public ChallengeView nextStep(@PathParam("id") long id, MeetingsResource.NextStepInput input) {
        return challenges.recordNextStep(viewer.get(), id, MeetingsResource.body(input).nextStep());
    }

    @PUT
    @Path("{id}/next-step-done")
    public ChallengeView done(@PathParam("id") long id, MeetingsResource.DoneInput input) {
        return challenges.markNextStepDone(viewer.get(), id, Boolean.TRUE.equals(MeetingsResource.body(input).done()));
    }

}
