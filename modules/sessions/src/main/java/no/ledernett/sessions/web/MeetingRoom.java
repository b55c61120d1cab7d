package no.ledernett.sessions.web;

import jakarta.enterprise.event.Event;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ledernett.groups.Groups;
import no.ledernett.groups.MeetingMethod;
import no.ledernett.groups.MemberView;
import no.ledernett.groups.Members;
import no.ledernett.groups.GroupView;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.ReadTogether;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.sessions.AttendanceRegister;
import no.ledernett.sessions.ChallengeView;
import no.ledernett.sessions.Challenges;
import no.ledernett.sessions.FeedbackBox;
import no.ledernett.sessions.FocusAdvice;
import no.ledernett.sessions.GroupMeeting;
import no.ledernett.sessions.Meetings;
import no.ledernett.sessions.Presence;
import org.omnifaces.util.Faces;

/**
 * The facilitator view an adviser opens in the meeting room: attendance, last meeting's next
 * steps, the challenges, the one in focus (peer coaching) or the round's order and slots, the
 * timed phases, and each owner's next step. This bean reads the room and marks the meeting held;
 * the room's other steps each have their own: {@link MeetingAttendance}, {@link MeetingChallenges},
 * {@link MeetingPhases}, {@link ChangeMeeting} and {@link MeetingFeedback}.
 */
@Named
@ViewScoped
public class MeetingRoom implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The room was read (again): the forms that start from the meeting as read start again from this one. */
    public record Loaded(GroupMeeting meeting) {
    }

    @Inject
    Meetings meetings;

    @Inject
    Challenges challenges;

    @Inject
    Groups groups;

    @Inject
    Members members;

    @Inject
    AttendanceRegister attendance;

    @Inject
    FeedbackBox feedback;

    @Inject
    no.ledernett.sessions.AdviserScope scope;

    @Inject
    Viewer viewer;

    @Inject
    no.ledernett.municipalities.Engagements engagements;

    @Inject
    no.ledernett.platform.web.Dates dates;

    @Inject
    Event<Loaded> loaded;

    private Long id;
    private GroupMeeting meeting;
    private GroupView group;
    private FeedbackBox.Summary feedbackSummary;
    private List<ChallengeView> challengeList;
    private List<ChallengeView> followUp;
    private FocusAdvice advice;
    private List<MemberView> present;
    private Map<Long, Presence> marks = new HashMap<>();

    /**
     * Reads the room together (one persistence context) in six statements: the series with this
     * meeting, the group, its members, every challenge the room shows, attendance and feedback.
     */
    @ReadTogether
    public void load() {
        if (id == null) {
            Faces.responseSendError(404, "Meeting not found");
            return;
        }
        List<GroupMeeting> series = meetings.seriesOf(id);
        try {
            meeting = scope.meeting(viewer, id);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Meeting not found");
            return;
        }
        group = groups.view(meeting.getGroupId());
        List<MemberView> memberList = members.of(meeting.getGroupId());
        Challenges.Room room = challenges.room(viewer, meeting, series, group, memberList);
        challengeList = room.challenges();
        followUp = room.followUp();
        advice = room.advice();
        present = memberList.stream().filter(MemberView::isCurrent).sorted(Comparator.comparingLong(MemberView::leaderId)).toList();
        marks = new HashMap<>(attendance.of(id));
        feedbackSummary = feedback.forMeeting(id);
        loaded.fire(new Loaded(meeting));
    }

    /**
     * Reads the room again after a step taken in it. Called on the bean itself, so without
     * {@link ReadTogether}: after a change the room has always read that way.
     */
    public void reload() {
        load();
    }

    public void held() {
        try {
            GroupMeeting held = meetings.markHeld(viewer, id);
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
            OutsidePeriod.warnIfOutside(dates, engagements.view(groups.view(held.getGroupId()).engagementId()), held.getDate());
        } catch (InvalidInputException e) {
            FormMessages.show("room", e);
            // Also beside the button, far down the room, so the refusal is seen where it was asked for.
            jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
            java.util.Locale locale = faces.getViewRoot().getLocale();
            e.violations().forEach(v -> faces.addMessage("room:held", new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(locale), v.message(locale))));
        } catch (NotFoundException e) {
            // Not (or no longer) this viewer's meeting: the service refused, nothing changed.
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
            return;
        }
        reload();
    }

    /** Attendance as the register now has it, after a mark. */
    public void attendanceTaken(Map<Long, Presence> register) {
        marks = new HashMap<>(register);
    }

    /** Someone rated the meeting: the summary is read again when next shown. */
    public void feedbackGiven() {
        feedbackSummary = null;
    }

    public boolean isPeerCoaching() {
        return meeting.getMethod() == MeetingMethod.PEER_COACHING;
    }

    public String getNeverInFocus() {
        return String.join(", ", advice.neverInFocus());
    }

    public FeedbackBox.Summary getFeedback() {
        if (feedbackSummary == null) {
            feedbackSummary = feedback.forMeeting(id);
        }
        return feedbackSummary;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public GroupMeeting getMeeting() {
        return meeting;
    }

    public GroupView getGroup() {
        return group;
    }

    public List<ChallengeView> getChallenges() {
        return challengeList;
    }

    /** Whether any challenge is hidden from this viewer (staff): then only the adviser chooses focus and writes next steps. */
    public boolean isAnyConfidential() {
        return challengeList.stream().anyMatch(ChallengeView::confidential);
    }

    public List<ChallengeView> getFollowUp() {
        return followUp;
    }

    public FocusAdvice getAdvice() {
        return advice;
    }

    public List<MemberView> getMembers() {
        return present;
    }

    /** Each current member's presence as marked; empty before attendance is taken. */
    public Map<Long, Presence> getMarks() {
        return marks;
    }
}
