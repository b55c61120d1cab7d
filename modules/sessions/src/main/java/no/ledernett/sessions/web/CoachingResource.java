package no.ledernett.sessions.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import no.ledernett.platform.web.Bodies;
import no.ledernett.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.Allowed;
import no.ledernett.sessions.Coaching;
import no.ledernett.sessions.CoachingNotes;
import no.ledernett.sessions.CoachingCourse;
import no.ledernett.sessions.CoachingSession;
import no.ledernett.sessions.CoachingSessions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Individual coaching courses and sessions. The adviser's notes are served only to that adviser. */
@ApplicationScoped
@Path("coaching")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoachingResource {

    public record CourseJson(long id, long leaderId, long adviserId, long engagementId, LocalDate start, LocalDate end, double hoursPerMonth,
                             String status) {

        static CourseJson of(CoachingCourse c) {
            return new CourseJson(c.getId(), c.getLeaderId(), c.getAdviserId(), c.getEngagementId(), c.getStart(), c.getEnd(),
                    c.getHoursPerMonth(), c.getStatus());
        }
    }

    public record SessionJson(long id, long courseId, LocalDate date, LocalTime start, LocalTime end, String mode, String place, String status,
                              long version) {

        static SessionJson of(CoachingSession s) {
            return new SessionJson(s.getId(), s.getCourseId(), s.getDate(), s.getStart(), s.getEnd(), s.getMode().name(), s.getPlace(),
                    s.getStatus().name(), s.getVersion());
        }
    }

    /** A session's new time and place, and the version they were read at. */
    public record SessionChangeJson(String date, String start, String end, String mode, String place, Long version) {
    }

    public record NotesJson(String notes, Long version) {
    }

    @Inject
    Coaching coaching;

    @Inject
    CoachingSessions coachingSessions;

    @Inject
    CoachingNotes coachingNotes;

    @Inject
    Provider<Viewer> viewer;

    @Operation(summary = "Search individual coaching",
            description = "Courses of individual coaching by leader's name, adviser, engagement or status, paged.")
    @GET
    public Page<Coaching.CourseSummary> search(@QueryParam("q") String text, @QueryParam("adviserId") Long adviserId,
                                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return coaching.search(text, adviserId, PageRequest.of(page, size));
    }

    @Operation(summary = "Start individual coaching",
            description = "Starts a course of individual coaching for a leader with an adviser, under an engagement. Answers 201 with the course.")
    @POST
    public Response create(Coaching.CourseInput input) {
        return Response.status(201).entity(CourseJson.of(coaching.create(viewer.get(), Bodies.required(input)))).build();
    }

    @Operation(summary = "Read a coaching course",
            description = "One course of individual coaching with its leader, adviser and engagement.")
    @GET
    @Path("{id}")
    public CourseJson get(@PathParam("id") long id) {
        return CourseJson.of(coaching.course(id));
    }

    @Operation(summary = "List a course's sessions",
            description = "The sessions of one course, planned and past.")
    @GET
    @Path("{id}/sessions")
    public List<SessionJson> sessions(@PathParam("id") long id) {
        return coachingSessions.sessions(id).stream().map(SessionJson::of).toList();
    }

    @Operation(summary = "Plan a coaching session",
            description = "Plans a session: date, start and end, mode (IN_PERSON, PHONE, VIDEO) and place. Answers 201 with the session.")
    @POST
    @Path("{id}/sessions")
    public Response plan(@PathParam("id") long id, CoachingSessions.SessionInput input) {
        return Response.status(201).entity(SessionJson.of(coachingSessions.plan(viewer.get(), id, Bodies.required(input)))).build();
    }

    /** Moves a planned session or changes how it is held; the leader and the adviser are told (see {@link CoachingSessions#move}). */
    @Operation(summary = "Move a coaching session",
            description = "Changes a session's date, time, mode or place; send the version you read.")
    @PUT
    @Path("sessions/{sessionId}")
    public SessionJson move(@PathParam("sessionId") long sessionId, SessionChangeJson change, @Context HttpHeaders headers) {
        SessionChangeJson given = Bodies.required(change);
        return SessionJson.of(coachingSessions.move(viewer.get(), sessionId, Versions.required(given.version(), headers),
                new CoachingSessions.SessionInput(given.date(), given.start(), given.end(), given.mode(), given.place())));
    }

    @Operation(summary = "Record a coaching session as held",
            description = "Marks the session held and logs its hours (with preparation) on the engagement.")
    @POST
    @Path("sessions/{sessionId}/held")
    public SessionJson held(@PathParam("sessionId") long sessionId) {
        return SessionJson.of(coachingSessions.held(viewer.get(), sessionId));
    }

    /** The leader did not come: billed as held (see {@link CoachingSessions#noShow}). */
    @Operation(summary = "Record a no-show",
            description = "Marks that the leader did not come.")
    @POST
    @Path("sessions/{sessionId}/no-show")
    public SessionJson noShow(@PathParam("sessionId") long sessionId) {
        return SessionJson.of(coachingSessions.noShow(viewer.get(), sessionId));
    }

    @Operation(summary = "Cancel a coaching session",
            description = "Cancels a planned session; no hours are logged.")
    @POST
    @Path("sessions/{sessionId}/cancel")
    public SessionJson cancel(@PathParam("sessionId") long sessionId) {
        return SessionJson.of(coachingSessions.cancel(viewer.get(), sessionId));
    }

    /** The adviser's own notes: open to advisers (the service answers 404 for anyone but the course's adviser). */
    @Operation(summary = "Read the notes of a coaching session",
            description = "The adviser's own notes on a session, with their version. Private to the adviser: staff see only that there are notes.")
    @GET
    @Allowed({Viewer.Role.STAFF, Viewer.Role.ADVISER})
    @Path("sessions/{sessionId}/notes")
    public NotesJson notes(@PathParam("sessionId") long sessionId) {
        var notes = coachingNotes.versionedNotes(viewer.get(), sessionId);
        return new NotesJson(notes.text(), notes.version());
    }

    @Operation(summary = "Write the notes of a coaching session",
            description = "Replaces the adviser's notes on a session; send the version you read. Answers 204 with the new version as ETag.")
    @APIResponse(responseCode = "204", description = "Done; nothing to tell.")
    @PUT
    @Allowed({Viewer.Role.STAFF, Viewer.Role.ADVISER})
    @Path("sessions/{sessionId}/notes")
    public Response writeNotes(@PathParam("sessionId") long sessionId, NotesJson notes, @Context HttpHeaders headers) {
        NotesJson given = Bodies.required(notes);
        long version = coachingNotes.writeNotes(viewer.get(), sessionId, given.notes(), Versions.required(given.version(), headers));
        return Response.noContent().tag(new EntityTag(String.valueOf(version))).build();
    }
}
