package no.ledernett.sessions.web;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.ledernett.platform.ReadTogether;
import no.ledernett.groups.MemberView;
import no.ledernett.groups.Members;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;
import no.ledernett.sessions.ChallengeInput;
import no.ledernett.sessions.ChallengeView;
import no.ledernett.sessions.ChallengeIntake;
import no.ledernett.sessions.Challenges;
import no.ledernett.sessions.FocusAndNextSteps;
import no.ledernett.sessions.FocusAdvice;
import no.ledernett.sessions.GroupMeeting;
import no.ledernett.sessions.Meetings;
import no.ledernett.sessions.PeerCoachingPhases;
import no.ledernett.sessions.RoundPlan;
import no.ledernett.sessions.SessionsTexts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Meetings of network groups, their challenges and the facilitator's plan. */
@ApplicationScoped
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingsResource {

    public record MoveInput(String date, String start, String end, String place, Long version) {
    }

    public record FocusChoice(Long challengeId) {
    }

    public record NextStepInput(String nextStep, Long version) {
    }

    public record DoneInput(Boolean done) {
    }

    /** The facilitator's plan for a meeting: phases (peer coaching) or presenters and slots (round). */
    public record FacilitatorPlan(String method, int minutes, List<PeerCoachingPhases.Phase> phases, List<String> presenters, int slotMinutes) {
    }

    @Inject
    Meetings meetings;

    @Inject
    Challenges challenges;

    @Inject
    ChallengeIntake intake;

    @Inject
    FocusAndNextSteps focusAndNextSteps;

    @Inject
    Members members;

    @Inject
    Provider<Viewer> viewer;

    @Inject
    no.ledernett.sessions.AttendanceRegister attendance;

    @Inject
    no.ledernett.sessions.FeedbackBox feedback;

    public record FeedbackInput(Long leaderId, Integer rating, String comment) {
    }

    public record ScheduleInput(Long groupId) {
    }

    public record CancelInput(Long version) {
    }

    public record ExtraInput(Long groupId, String date, String start, String end, String place) {
    }

    /** A group's meetings: {@code GET /api/meetings?groupId=…}. */
    @Operation(summary = "List a group's meetings",
            description = "Every meeting of one group (groupId, required), in date order.")
    @GET
    public List<MeetingJson> of(@jakarta.ws.rs.QueryParam("groupId") Long groupId) {
        if (groupId == null) {
            throw new InvalidInputException(Violation.of("groupId", "required"));
        }
        return meetings.of(groupId).stream().map(MeetingJson::of).toList();
    }

    /** Generates a group's meetings from its plan: {@code POST /api/meetings {"groupId":…}}. */
    @Operation(summary = "Schedule a group's meetings",
            description = "Plans the group's series of meetings from its plan, without public holidays and the group's breaks. Answers 201 with the meetings.")
    @POST
    public Response schedule(ScheduleInput input) {
        Long groupId = Bodies.required(input).groupId();
        if (groupId == null) {
            throw new InvalidInputException(Violation.of("groupId", "required"));
        }
        return Response.status(201).entity(meetings.schedule(viewer.get(), groupId).stream().map(MeetingJson::of).toList()).build();
    }

    @Operation(summary = "Read a meeting",
            description = "One group meeting with its date, time, place, method and status.")
    @GET
    @Path("{id}")
    public MeetingJson get(@PathParam("id") long id) {
        return MeetingJson.of(meetings.get(id));
    }

    @Operation(summary = "Move a meeting",
            description = "Changes a meeting's date, time or place (a move that leaves out place keeps it; an empty place clears it); send the version you read.")
    @PUT
    @Path("{id}")
    public MeetingJson move(@PathParam("id") long id, MoveInput input, @Context HttpHeaders headers) {
        MoveInput given = Bodies.required(input);
        long version = Versions.required(given.version(), headers);
        // A move that does not mention the place keeps it; "" clears it (a video meeting).
        String place = given.place() != null ? given.place() : meetings.changeable(viewer.get(), id).getPlace();
        return MeetingJson.of(meetings.move(viewer.get(), id, version, given.date(), given.start(), given.end(), place));
    }

    /** Cancels a meeting the caller read at this version: {@code {"version":3}} or {@code If-Match: "3"}. */
    @Operation(summary = "Cancel a meeting",
            description = "Cancels a planned meeting; send the version you read.")
    @POST
    @Path("{id}/cancel")
    public MeetingJson cancel(@PathParam("id") long id, CancelInput input, @Context HttpHeaders headers) {
        long version = Versions.required(input == null ? null : input.version(), headers);
        return MeetingJson.of(meetings.cancel(viewer.get(), id, version));
    }

    /**
     * An extra meeting in a group's series, after its last one, with the group's method:
     * {@code POST /api/meetings/extra {"groupId":…,"date":"2027-03-04","start":"09:00","end":"12:00","place":"…"}}.
     * Its members and adviser get an invitation; no place is a video meeting.
     */
    @Operation(summary = "Add an extra meeting",
            description = "Adds a meeting outside the group's series. Answers 201 with the meeting.")
    @POST
    @Path("extra")
    public Response extra(ExtraInput input) {
        ExtraInput given = Bodies.required(input);
        if (given.groupId() == null) {
            throw new InvalidInputException(Violation.of("groupId", "required"));
        }
        GroupMeeting meeting = meetings.add(viewer.get(), given.groupId(), given.date(), given.start(), given.end(), given.place());
        return Response.status(201).entity(MeetingJson.of(meeting)).build();
    }

    @Operation(summary = "Record a meeting as held",
            description = "Marks the meeting held and logs the adviser's hours on the engagement.")
    @POST
    @Path("{id}/held")
    public MeetingJson held(@PathParam("id") long id) {
        return MeetingJson.of(meetings.markHeld(viewer.get(), id));
    }

    @Operation(summary = "List the challenges brought to a meeting",
            description = "The challenges brought to a meeting. Their text is for the group's adviser only; staff see who brought one, not what it says.")
    @GET
    @Path("{id}/challenges")
    @ReadTogether
    public List<ChallengeView> challenges(@PathParam("id") long id) {
        return challenges.of(viewer.get(), id);
    }

    @Operation(summary = "Bring a challenge to a meeting",
            description = "Submits the caller's leadership challenge while the meeting's intake is open. Answers 201 with the challenge.")
    @POST
    @Path("{id}/challenges")
    public Response submit(@PathParam("id") long id, ChallengeInput input) {
        return Response.status(201).entity(intake.submit(viewer.get(), id, Bodies.required(input))).build();
    }

    @Operation(summary = "Suggest a challenge for focus",
            description = "For a peer-coaching meeting: which challenge to choose for focus, with the reasons (without the texts).")
    @GET
    @Path("{id}/focus-advice")
    @ReadTogether
    public FocusAdvice focusAdvice(@PathParam("id") long id) {
        return challenges.focusAdvice(id);
    }

    /** For the group's adviser, who reads the challenges; staff are refused (400, {@code challenge.unreadable}). */
    @Operation(summary = "Choose the challenge in focus",
            description = "Chooses the challenge in focus for a peer-coaching meeting. The group's adviser does this; staff cannot, since they do not read challenges.")
    @PUT
    @no.ledernett.platform.web.Allowed({Viewer.Role.STAFF, Viewer.Role.ADVISER})
    @Path("{id}/focus")
    public MeetingJson chooseFocus(@PathParam("id") long id, FocusChoice choice) {
        return MeetingJson.of(focusAndNextSteps.chooseFocus(viewer.get(), id, Bodies.required(choice).challengeId()));
    }

    @Operation(summary = "List next steps to follow up",
            description = "The challenges of earlier meetings whose next steps are to be followed up in this one.")
    @GET
    @Path("{id}/follow-up")
    @ReadTogether
    public List<ChallengeView> followUp(@PathParam("id") long id) {
        return challenges.followUp(viewer.get(), id);
    }

    @Operation(summary = "Read the facilitator plan",
            description = "The meeting's phases with their minutes (peer coaching) or the order of presenters and each one's minutes (round).")
    @GET
    @Path("{id}/plan")
    public FacilitatorPlan plan(@PathParam("id") long id) {
        GroupMeeting meeting = meetings.get(id);
        List<String> present = members.of(meeting.getGroupId()).stream().filter(MemberView::isCurrent)
                .sorted(java.util.Comparator.comparingLong(MemberView::leaderId)).map(MemberView::name).toList();
        List<String> order = RoundPlan.order(present, meeting.getNumberInSeries() - 1);
        return new FacilitatorPlan(meeting.getMethod().name(), meeting.minutes(), PeerCoachingPhases.plan(meeting.minutes()), order,
                RoundPlan.slotMinutes(meeting.minutes(), order.size()));
    }

    /** Attendance as leader id → PRESENT, ABSENT or EXCUSED. */
    @Operation(summary = "Read a meeting's attendance",
            description = "Each member's presence by leader id (PRESENT, ABSENT, EXCUSED).")
    @GET
    @Path("{id}/attendance")
    public java.util.Map<Long, no.ledernett.sessions.Presence> attendance(@PathParam("id") long id) {
        return attendance.of(id);
    }

    @Operation(summary = "Mark attendance",
            description = "Marks members present, absent or excused, by leader id; the answer is the whole attendance.")
    @PUT
    @Path("{id}/attendance")
    public java.util.Map<Long, no.ledernett.sessions.Presence> markAttendance(@PathParam("id") long id, java.util.Map<String, String> marks) {
        java.util.Map<Long, no.ledernett.sessions.Presence> parsed = new java.util.HashMap<>();
        for (var e : Bodies.required(marks).entrySet()) {
            String leader = e.getKey();
            parsed.put(leaderId(leader), Rules.checked(r -> r.required(leader, e.getValue())
                    .oneOf(leader, e.getValue(), no.ledernett.sessions.Presence.class, SessionsTexts.RULES, "presence", null)));
        }
        return attendance.mark(viewer.get(), id, parsed);
    }

    /** The mark's key: a leader id, named with the presence rule when it is none. */
    private static long leaderId(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, key, "presence"));
        }
    }

    /** Attendance figures of a group's members over held meetings. */
    @Operation(summary = "Read a group's attendance figures",
            description = "The attendance figures of one group's meetings (groupId, required).")
    @GET
    @Path("attendance-figures")
    public List<no.ledernett.sessions.AttendanceRegister.Figures> figures(@jakarta.ws.rs.QueryParam("groupId") Long groupId) {
        if (groupId == null) {
            throw new InvalidInputException(Violation.of("groupId", "required"));
        }
        return attendance.figures(groupId);
    }

    @Operation(summary = "Give feedback on a meeting",
            description = "A participant's rating (1–5) of a held meeting with an optional comment. Answers 204.")
    @APIResponse(responseCode = "204", description = "Done; nothing to tell.")
    @POST
    @Path("{id}/feedback")
    public Response rate(@PathParam("id") long id, FeedbackInput input) {
        FeedbackInput given = Bodies.required(input);
        feedback.rate(viewer.get(), id, given.leaderId(), given.rating(), given.comment());
        return Response.noContent().build();
    }

    /** The average rating, shown only from three answers. */
    @Operation(summary = "Read a meeting's feedback",
            description = "The ratings of a meeting summed up: count and average, with the comments.")
    @GET
    @Path("{id}/feedback")
    public no.ledernett.sessions.FeedbackBox.Summary feedback(@PathParam("id") long id) {
        return feedback.forMeeting(id);
    }
}
