package no.ledernett.sessions.web;

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
import no.ledernett.sessions.CoachingCourse;
import no.ledernett.sessions.CoachingSession;

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

    public record SessionJson(long id, long courseId, LocalDate date, LocalTime start, LocalTime end, String mode, String place, String status) {

        static SessionJson of(CoachingSession s) {
            return new SessionJson(s.getId(), s.getCourseId(), s.getDate(), s.getStart(), s.getEnd(), s.getMode().name(), s.getPlace(),
                    s.getStatus().name());
        }
    }

    public record NotesJson(String notes) {
    }

    @Inject
    Coaching coaching;

    @Inject
    Provider<Viewer> viewer;

    @GET
    public Page<Coaching.CourseSummary> search(@QueryParam("q") String text, @QueryParam("adviserId") Long adviserId,
                                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return coaching.search(text, adviserId, PageRequest.of(page, size));
    }

    @POST
    public Response create(Coaching.CourseInput input) {
        return Response.status(201).entity(CourseJson.of(coaching.create(MeetingsResource.body(input)))).build();
    }

    @GET
    @Path("{id}")
    public CourseJson get(@PathParam("id") long id) {
        return CourseJson.of(coaching.course(id));
    }

    @GET
    @Path("{id}/sessions")
    public List<SessionJson> sessions(@PathParam("id") long id) {
        return coaching.sessions(id).stream().map(SessionJson::of).toList();
    }

    @POST
    @Path("{id}/sessions")
    public Response plan(@PathParam("id") long id, Coaching.SessionInput input) {
        return Response.status(201).entity(SessionJson.of(coaching.plan(id, MeetingsResource.body(input)))).build();
    }

    @POST
    @Path("sessions/{sessionId}/held")
    public SessionJson held(@PathParam("sessionId") long sessionId) {
        return SessionJson.of(coaching.held(sessionId));
    }

    @POST
    @Path("sessions/{sessionId}/cancel")
    public SessionJson cancel(@PathParam("sessionId") long sessionId) {
        return SessionJson.of(coaching.cancel(sessionId));
    }

    /** The adviser's own notes: open to advisers (the service answers 404 for anyone but the course's adviser). */
    @GET
    @Allowed({Viewer.Role.STAFF, Viewer.Role.ADVISER})
    @Path("sessions/{sessionId}/notes")
    public NotesJson notes(@PathParam("sessionId") long sessionId) {
        return new NotesJson(coaching.notes(viewer.get(), sessionId));
    }

    @PUT
    @Allowed({Viewer.Role.STAFF, Viewer.Role.ADVISER})
    @Path("sessions/{sessionId}/notes")
    public Response writeNotes(@PathParam("sessionId") long sessionId, NotesJson notes) {
        coaching.writeNotes(viewer.get(), sessionId, MeetingsResource.body(notes).notes());
        return Response.noContent().build();
    }
}
