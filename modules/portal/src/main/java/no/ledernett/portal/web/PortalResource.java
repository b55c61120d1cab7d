package no.ledernett.portal.web;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import no.ledernett.platform.ReadTogether;
import no.ledernett.groups.GroupSummary;
import no.ledernett.municipalities.LeaderDetails;
import no.ledernett.municipalities.LeaderInput;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.Allowed;
import no.ledernett.portal.ContactPortal;
import no.ledernett.portal.LeaderPortal;
import no.ledernett.portal.ServiceRequest;
import no.ledernett.portal.ServiceRequests;
import no.ledernett.sessions.ChallengeView;
import no.ledernett.sessions.MeetingView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The portal's API: for a municipality's contact, their own municipality; for a leader, their own
 * meetings, challenges and next steps. Another municipality's ids answer 404.
 */
@ApplicationScoped
@Path("portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PortalResource {

    // The portal's records are named Portal…: the API document names schemas by simple class name, and the
    // municipalities', groups' and sessions' own EngagementJson, GroupJson, LeaderJson and MeetingJson would take their place.
    public record PortalEngagementJson(long id, String kind, String programme, LocalDate start, LocalDate end, int hourBudget, double hoursUsed,
                                 int percentUsed, String budgetLevel) {
    }

    public record OverviewJson(String municipality, String municipalityName, List<PortalEngagementJson> engagements, List<GroupSummary> groups,
                               long coachingCourses, List<ContactPortal.AdviserContact> advisers) {
    }

    public record PortalMeetingJson(long id, long groupId, int number, LocalDate date, LocalTime start, LocalTime end, String method, String place,
                              String status) {

        static PortalMeetingJson of(MeetingView m) {
            return new PortalMeetingJson(m.id(), m.groupId(), m.numberInSeries(), m.date(), m.start(), m.end(), m.method().name(), m.place(),
                    m.status().name());
        }
    }

    public record MemberJson(long leaderId, String name, String positionTitle, LocalDate joined, LocalDate left) {
    }

    public record PortalGroupJson(GroupSummary group, List<MemberJson> members, List<PortalMeetingJson> meetings,
                            List<no.ledernett.sessions.AttendanceRegister.Figures> attendance, long feedbackAnswers, Double feedbackAverage,
                            ContactPortal.AdviserContact adviser) {
    }

    public record PortalLeaderJson(long id, String name, String email, String phone, String positionTitle, String unit, long version) {

        static PortalLeaderJson of(LeaderDetails l) {
            return new PortalLeaderJson(l.id(), l.name(), l.email(), l.phone(), l.positionTitle(), l.unit(), l.version());
        }
    }

    public record RequestJson(long id, String kind, Long subjectAreaId, boolean competenceWanted, int participants, LocalDate start, LocalDate end,
                              String wishes, String status, LocalDateTime createdAt, String requesterName, String municipality) {

        static RequestJson of(ServiceRequest r) {
            return new RequestJson(r.getId(), r.getKind().name(), r.getSubjectAreaId(), r.isCompetenceWanted(), r.getParticipants(),
                    r.getPeriodStart(), r.getPeriodEnd(), r.getWishes(), r.getStatus().name(), r.getCreatedAt(), r.getRequesterName(),
                    r.getMunicipality());
        }
    }

    public record MyMeetingJson(PortalMeetingJson meeting, String groupName, LocalDateTime intakeOpens, LocalDateTime intakeCloses, boolean intakeOpen,
                                ChallengeView challenge) {
    }

    public record ChallengeText(String title, String description, String helpWanted) {
    }

    public record Rating(Integer rating, String comment) {
    }

    public record Done(boolean done) {
    }

    @Inject
    ContactPortal contacts;

    @Inject
    LeaderPortal leaders;

    @Inject
    ServiceRequests requests;

    @Inject
    Provider<Viewer> viewer;

    @Operation(summary = "My municipality at a glance",
            description = "For a contact: their municipality's engagements with hours used, network groups, coaching and advisers.")
    @GET
    @Path("overview")
    @Allowed(Viewer.Role.CONTACT)
    @ReadTogether
    public OverviewJson overview() {
        ContactPortal.Overview o = contacts.overview(viewer.get());
        return new OverviewJson(o.municipality(), o.municipalityName(), o.engagements().stream()
                .map(e -> new PortalEngagementJson(e.engagement().id(), e.engagement().kind().name(), e.engagement().programmeName(),
                        e.engagement().start(), e.engagement().end(), e.engagement().hourBudget(), e.use().used(), e.use().percent(),
                        e.use().level().name())).toList(), o.groups(), o.coachingCourses(), o.advisers());
    }

    @Operation(summary = "Read one of my municipality's groups",
            description = "For a contact: a group of their municipality with its adviser, members, meetings, attendance and feedback figures. Never a challenge.")
    @GET
    @Path("groups/{id}")
    @Allowed(Viewer.Role.CONTACT)
    @ReadTogether
    public PortalGroupJson group(@PathParam("id") long id) {
        ContactPortal.GroupDetail g = contacts.group(viewer.get(), id);
        return new PortalGroupJson(g.group(), g.members().stream().map(m -> new MemberJson(m.leaderId(), m.name(), m.positionTitle(), m.joined(), m.left()))
                .toList(), g.meetings().stream().map(PortalMeetingJson::of).toList(), g.attendance(), g.feedback().answers(), g.feedback().average(),
                g.adviser());
    }

    @Operation(summary = "List my municipality's leaders",
            description = "For a contact: their municipality's leaders by name, paged.")
    @GET
    @Path("leaders")
    @Allowed(Viewer.Role.CONTACT)
    public Page<PortalLeaderJson> leaders(@QueryParam("q") String text, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return contacts.leaders(viewer.get(), text, PageRequest.of(page, size)).map(PortalLeaderJson::of);
    }

    @Operation(summary = "Register a leader in my municipality",
            description = "For a contact: registers a leader in their own municipality. Answers 201 with the leader.")
    @POST
    @Path("leaders")
    @Allowed(Viewer.Role.CONTACT)
    public Response register(LeaderInput input) {
        return Response.status(201).entity(PortalLeaderJson.of(contacts.register(viewer.get(), Bodies.required(input)))).build();
    }

    @Operation(summary = "Read a leader of my municipality",
            description = "For a contact: one leader of their own municipality.")
    @GET
    @Path("leaders/{id}")
    @Allowed(Viewer.Role.CONTACT)
    public PortalLeaderJson leader(@PathParam("id") long id) {
        return PortalLeaderJson.of(contacts.leader(viewer.get(), id));
    }

    @Operation(summary = "Change a leader of my municipality",
            description = "For a contact: changes a leader of their own municipality; send the version you read.")
    @PUT
    @Path("leaders/{id}")
    @Allowed(Viewer.Role.CONTACT)
    public PortalLeaderJson update(@PathParam("id") long id, LeaderInput input, @Context HttpHeaders headers) {
        LeaderInput given = Bodies.required(input);
        return PortalLeaderJson.of(contacts.update(viewer.get(), id, given.withVersion(Versions.required(given.version(), headers))));
    }

    @Operation(summary = "List my municipality's requests",
            description = "For a contact: the requests their municipality sent to the consultancy, with their status.")
    @GET
    @Path("requests")
    @Allowed(Viewer.Role.CONTACT)
    public List<RequestJson> requests() {
        return requests.ofMunicipality(viewer.get()).stream().map(RequestJson::of).toList();
    }

    @Operation(summary = "Send a request to the consultancy",
            description = "For a contact: asks for a new group, coaching or another service; staff see it in their inbox. Answers 201 with the request.")
    @POST
    @Path("requests")
    @Allowed(Viewer.Role.CONTACT)
    public Response request(ServiceRequests.Input input) {
        return Response.status(201).entity(RequestJson.of(requests.submit(viewer.get(), Bodies.required(input)))).build();
    }

    @Operation(summary = "List my meetings",
            description = "For a leader: their own meetings with the group, the intake's opening and closing and whether they brought a challenge.")
    @GET
    @Path("meetings")
    @Allowed(Viewer.Role.PARTICIPANT)
    @ReadTogether
    public List<MyMeetingJson> meetings() {
        return leaders.meetings(viewer.get()).stream().map(m -> new MyMeetingJson(PortalMeetingJson.of(m.meeting()), m.groupName(), m.intake().opens(),
                m.intake().closes(), m.intakeOpen(), m.mine())).toList();
    }

    @Operation(summary = "Write my challenge for a meeting",
            description = "For a leader: writes or changes their own challenge (title, description, help wanted) while the intake is open. Only the group and its adviser read it.")
    @PUT
    @Path("meetings/{id}/challenge")
    @Allowed(Viewer.Role.PARTICIPANT)
    public ChallengeView writeChallenge(@PathParam("id") long id, ChallengeText text) {
        ChallengeText t = Bodies.required(text);
        return leaders.writeChallenge(viewer.get(), id, t.title(), t.description(), t.helpWanted());
    }

    @Operation(summary = "Give feedback on my meeting",
            description = "For a leader: a rating (1–5) of a meeting they attended, with an optional comment. Answers 204.")
    @APIResponse(responseCode = "204", description = "Done; nothing to tell.")
    @POST
    @Path("meetings/{id}/feedback")
    @Allowed(Viewer.Role.PARTICIPANT)
    public Response rate(@PathParam("id") long id, Rating rating) {
        Rating r = Bodies.required(rating);
        leaders.rate(viewer.get(), id, r.rating(), r.comment());
        return Response.noContent().build();
    }

    @Operation(summary = "List my next steps",
            description = "For a leader: the next steps of their own challenges.")
    @GET
    @Path("next-steps")
    @Allowed(Viewer.Role.PARTICIPANT)
    @ReadTogether
    public List<ChallengeView> nextSteps() {
        return leaders.nextSteps(viewer.get());
    }

    @Operation(summary = "Mark my next step done",
            description = "For a leader: marks the next step of their own challenge done or not done.")
    @PUT
    @Path("next-steps/{challengeId}/done")
    @Allowed(Viewer.Role.PARTICIPANT)
    public ChallengeView done(@PathParam("challengeId") long challengeId, Done done) {
        return leaders.markDone(viewer.get(), challengeId, Bodies.required(done).done());
    }

    @Operation(summary = "Make my calendar feed link",
            description = "For a leader: a new secret address of an iCalendar feed of their meetings. Answers 201 with the url.")
    @POST
    @Path("calendar")
    @Allowed(Viewer.Role.PARTICIPANT)
    public Response calendar(@Context UriInfo uri) {
        String token = leaders.newCalendarLink(viewer.get());
        return Response.status(201).entity(java.util.Map.of("url", uri.getBaseUri() + "calendar/" + token)).build();
    }
}
