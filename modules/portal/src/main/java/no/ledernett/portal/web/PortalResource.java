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

/**
 * The portal's API: for a municipality's contact, their own municipality; for a leader, their own
 * meetings, challenges and next steps. Another municipality's ids answer 404.
 */
@ApplicationScoped
@Path("portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PortalResource {

    public record EngagementJson(long id, String kind, String programme, LocalDate start, LocalDate end, int hourBudget, double hoursUsed,
                                 int percentUsed, String budgetLevel) {
    }

    public record OverviewJson(String municipality, String municipalityName, List<EngagementJson> engagements, List<GroupSummary> groups,
                               long coachingCourses, List<ContactPortal.AdviserContact> advisers) {
    }

    public record MeetingJson(long id, long groupId, int number, LocalDate date, LocalTime start, LocalTime end, String method, String place,
                              String status) {

        static MeetingJson of(MeetingView m) {
            return new MeetingJson(m.id(), m.groupId(), m.numberInSeries(), m.date(), m.start(), m.end(), m.method().name(), m.place(),
                    m.status().name());
        }
    }

    public record MemberJson(long leaderId, String name, String positionTitle, LocalDate joined, LocalDate left) {
    }

    public record GroupJson(GroupSummary group, List<MemberJson> members, List<MeetingJson> meetings,
                            List<no.ledernett.sessions.AttendanceRegister.Figures> attendance, long feedbackAnswers, Double feedbackAverage,
                            ContactPortal.AdviserContact adviser) {
    }

    public record LeaderJson(long id, String name, String email, String phone, String positionTitle, String unit, long version) {

        static LeaderJson of(LeaderDetails l) {
            return new LeaderJson(l.id(), l.name(), l.email(), l.phone(), l.positionTitle(), l.unit(), l.version());
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

    public record MyMeetingJson(MeetingJson meeting, String groupName, LocalDateTime intakeOpens, LocalDateTime intakeCloses, boolean intakeOpen,
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

    @GET
    @Path("overview")
    @Allowed(Viewer.Role.CONTACT)
    @ReadTogether
    public OverviewJson overview() {
        ContactPortal.Overview o = contacts.overview(viewer.get());
        return new OverviewJson(o.municipality(), o.municipalityName(), o.engagements().stream()
                .map(e -> new EngagementJson(e.engagement().id(), e.engagement().kind().name(), e.engagement().programmeName(),
                        e.engagement().start(), e.engagement().end(), e.engagement().hourBudget(), e.use().used(), e.use().percent(),
                        e.use().level().name())).toList(), o.groups(), o.coachingCourses(), o.advisers());
    }

    @GET
    @Path("groups/{id}")
    @Allowed(Viewer.Role.CONTACT)
    @ReadTogether
    public GroupJson group(@PathParam("id") long id) {
        ContactPortal.GroupDetail g = contacts.group(viewer.get(), id);
        return new GroupJson(g.group(), g.members().stream().map(m -> new MemberJson(m.leaderId(), m.name(), m.positionTitle(), m.joined(), m.left()))
                .toList(), g.meetings().stream().map(MeetingJson::of).toList(), g.attendance(), g.feedback().answers(), g.feedback().average(),
                g.adviser());
    }

    @GET
    @Path("leaders")
    @Allowed(Viewer.Role.CONTACT)
    public Page<LeaderJson> leaders(@QueryParam("q") String text, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return contacts.leaders(viewer.get(), text, PageRequest.of(page, size)).map(LeaderJson::of);
    }

    @POST
    @Path("leaders")
    @Allowed(Viewer.Role.CONTACT)
    public Response register(LeaderInput input) {
        return Response.status(201).entity(LeaderJson.of(contacts.register(viewer.get(), Bodies.required(input)))).build();
    }

    @GET
    @Path("leaders/{id}")
    @Allowed(Viewer.Role.CONTACT)
    public LeaderJson leader(@PathParam("id") long id) {
        return LeaderJson.of(contacts.leader(viewer.get(), id));
    }

    @PUT
    @Path("leaders/{id}")
    @Allowed(Viewer.Role.CONTACT)
    public LeaderJson update(@PathParam("id") long id, LeaderInput input, @Context HttpHeaders headers) {
        LeaderInput given = Bodies.required(input);
        return LeaderJson.of(contacts.update(viewer.get(), id, given.withVersion(Versions.required(given.version(), headers))));
    }

    @GET
    @Path("requests")
    @Allowed(Viewer.Role.CONTACT)
    public List<RequestJson> requests() {
        return requests.ofMunicipality(viewer.get()).stream().map(RequestJson::of).toList();
    }

    @POST
    @Path("requests")
    @Allowed(Viewer.Role.CONTACT)
    public Response request(ServiceRequests.Input input) {
        return Response.status(201).entity(RequestJson.of(requests.submit(viewer.get(), Bodies.required(input)))).build();
    }

    @GET
    @Path("meetings")
    @Allowed(Viewer.Role.PARTICIPANT)
    @ReadTogether
    public List<MyMeetingJson> meetings() {
        return leaders.meetings(viewer.get()).stream().map(m -> new MyMeetingJson(MeetingJson.of(m.meeting()), m.groupName(), m.intake().opens(),
                m.intake().closes(), m.intakeOpen(), m.mine())).toList();
    }

    @PUT
    @Path("meetings/{id}/challenge")
    @Allowed(Viewer.Role.PARTICIPANT)
    public ChallengeView writeChallenge(@PathParam("id") long id, ChallengeText text) {
        ChallengeText t = Bodies.required(text);
        return leaders.writeChallenge(viewer.get(), id, t.title(), t.description(), t.helpWanted());
    }

    @POST
    @Path("meetings/{id}/feedback")
    @Allowed(Viewer.Role.PARTICIPANT)
    public Response rate(@PathParam("id") long id, Rating rating) {
        Rating r = Bodies.required(rating);
        leaders.rate(viewer.get(), id, r.rating(), r.comment());
        return Response.noContent().build();
    }

    @GET
    @Path("next-steps")
    @Allowed(Viewer.Role.PARTICIPANT)
    @ReadTogether
    public List<ChallengeView> nextSteps() {
        return leaders.nextSteps(viewer.get());
    }

    @PUT
    @Path("next-steps/{challengeId}/done")
    @Allowed(Viewer.Role.PARTICIPANT)
    public ChallengeView done(@PathParam("challengeId") long challengeId, Done done) {
        return leaders.markDone(viewer.get(), challengeId, Bodies.required(done).done());
    }

    @POST
    @Path("calendar")
    @Allowed(Viewer.Role.PARTICIPANT)
    public Response calendar(@Context UriInfo uri) {
        String token = leaders.newCalendarLink(viewer.get());
        return Response.status(201).entity(java.util.Map.of("url", uri.getBaseUri() + "calendar/" + token)).build();
    }
}
