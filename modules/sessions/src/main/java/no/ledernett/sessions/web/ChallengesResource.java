package no.ledernett.sessions.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import no.ledernett.platform.web.Bodies;
import no.ledernett.platform.web.Versions;
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
import no.ledernett.platform.web.Allowed;
import no.ledernett.sessions.ChallengeView;
import no.ledernett.sessions.FocusAndNextSteps;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Next steps on challenges. */
@ApplicationScoped
@Path("challenges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChallengesResource {

    @Inject
    FocusAndNextSteps nextSteps;

    @Inject
    Provider<Viewer> viewer;

    /** For the group's adviser, who reads the challenge; staff are refused (400, {@code challenge.unreadable}). */
    @Operation(summary = "Write a challenge's next step",
            description = "The next step the challenge's owner takes away from the meeting. Only the group's adviser may write it (staff never read challenges); send the version you read.")
    @PUT
    @Allowed({Viewer.Role.STAFF, Viewer.Role.ADVISER})
    @Path("{id}/next-step")
    public ChallengeView nextStep(@PathParam("id") long id, MeetingsResource.NextStepInput input, @Context HttpHeaders headers) {
        MeetingsResource.NextStepInput given = Bodies.required(input);
        return nextSteps.recordNextStep(viewer.get(), id, given.nextStep(), Versions.required(given.version(), headers));
    }

    @Operation(summary = "Mark a next step done",
            description = "Marks the next step of a challenge done or not done.")
    @PUT
    @Path("{id}/next-step-done")
    public ChallengeView done(@PathParam("id") long id, MeetingsResource.DoneInput input) {
        return nextSteps.markNextStepDone(viewer.get(), id, Boolean.TRUE.equals(Bodies.required(input).done()));
    }

}
