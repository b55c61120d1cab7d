package no.ledernett.sessions.web;

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
import no.ledernett.sessions.ChallengeInput;
import no.ledernett.sessions.ChallengeView;
import no.ledernett.sessions.Challenges;
import no.ledernett.sessions.FeedbackBox;
import no.ledernett.sessions.FocusAdvice;
import no.ledernett.sessions.GroupMeeting;
import no.ledernett.sessions.Meetings;
import no.ledernett.sessions.PeerCoachingPhases;
import no.ledernett.sessions.Presence;
import no.ledernett.sessions.RoundPlan;
import org.omnifaces.util.Faces;

/**
 * The facilitator view an adviser opens in the meeting room: attendance, last meeting's next
 * steps, the challenges, the one in focus (peer coaching) or the round's order and slots, the
 * timed phases, and each owner's next step.
 */
@Named
@ViewScoped
public class MeetingRoom implements Serializable {

    private static final long serialVersionUID = 1L;

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
    no.ledernett.sessions.PhaseClocks clocks;

    private Long id;
    private GroupMeeting meeting;
    private GroupView group;
    private FeedbackBox.Summary feedbackSummary;
    private List<ChallengeView> challengeList;
    private List<ChallengeView> followUp;
    private FocusAdvice advice;
    private List<MemberView> present;
    private Map<Long, Presence> marks = new HashMap<>();
    private Map<Long, String> nextSteps = new HashMap<>();
    private Long onBehalfOf;
    private String title;
    private String description;
    private String helpWanted;
    private java.time.LocalDate moveDate;
    private String moveStart;
    private String moveEnd;
    private String movePlace;
    private long version;
    private no.ledernett.sessions.PhaseClocks.Reading clock = no.ledernett.sessions.PhaseClocks.Reading.NOT_STARTED;
    private Long feedbackFrom;
    private Integer rating;
    private String feedbackComment;

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
        fillChangeForm();
        List<MemberView> memberList = members.of(meeting.getGroupId());
        Challenges.Room room = challenges.room(viewer, meeting, series, group, memberList);
        challengeList = room.challenges();
        followUp = room.followUp();
        advice = room.advice();
        present = memberList.stream().filter(MemberView::isCurrent).sorted(Comparator.comparingLong(MemberView::leaderId)).toList();
        marks = new HashMap<>(attendance.of(id));
        feedbackSummary = feedback.forMeeting(id);
        clock = no.ledernett.sessions.PhaseClocks.Reading.of(meeting);
    }

    /** Starts the first phase (or the first presenter's slot) now; the time is kept on the server. */
    public void startTimer() {
        startPhase(0);
    }

    /** Goes on to the next phase; after the last one the timer stops. */
    public void nextPhase() {
        startPhase(clock.phase() + 1);
    }

    private void startPhase(int phase) {
        try {
            clock = clocks.start(viewer, id, phase);
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
        }
    }

    public no.ledernett.sessions.PhaseClocks.Reading getClock() {
        return clock;
    }

    /** The server's clock as the page is rendered, so the browser counts from the server's start time whatever its own clock says. */
    public long getServerNow() {
        return System.currentTimeMillis();
    }

    private void reload() {
        load();
    }

    /** The move form starts from the meeting as shown, and remembers the version it was read at. */
    private void fillChangeForm() {
        moveDate = meeting.getDate();
        moveStart = meeting.getStart().toString();
        moveEnd = meeting.getEnd().toString();
        movePlace = meeting.getPlace();
        version = meeting.getVersion();
    }

    /** Moves the meeting (date, time, place); the members and adviser get mail with the updated invitation. */
    public void move() {
        change(() -> meetings.move(viewer, id, version, moveDate == null ? null : moveDate.toString(), moveStart, moveEnd, movePlace));
    }

    /** Cancels the meeting, after the confirmation that names it; the members and adviser are told. */
    public void cancel() {
        change(() -> meetings.cancel(viewer, id, version));
    }

    /**
     * Makes a change to the meeting at the version this page read and shows the outcome: saved and read
     * again, or why not. Changed by someone else since: what was typed stays in the form.
     */
    private void change(Runnable action) {
        try {
            action.run();
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("change", e);
            return;
        } catch (no.ledernett.platform.ConflictException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
            return;
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
            return;
        }
        reload();
    }

    public java.time.LocalDate getMoveDate() {
        return moveDate;
    }

    public void setMoveDate(java.time.LocalDate moveDate) {
        this.moveDate = moveDate;
    }

    public String getMoveStart() {
        return moveStart;
    }

    public void setMoveStart(String moveStart) {
        this.moveStart = moveStart;
    }

    public String getMoveEnd() {
        return moveEnd;
    }

    public void setMoveEnd(String moveEnd) {
        this.moveEnd = moveEnd;
    }

    public String getMovePlace() {
        return movePlace;
    }

    public void setMovePlace(String movePlace) {
        this.movePlace = movePlace;
    }

    public boolean isPeerCoaching() {
        return meeting.getMethod() == MeetingMethod.PEER_COACHING;
    }

    public List<PeerCoachingPhases.Phase> getPhases() {
        return PeerCoachingPhases.plan(meeting.minutes());
    }

    /** Presenters in this meeting's rotated order: members marked present, or all members before attendance is taken. */
    public List<MemberView> getPresenters() {
        List<MemberView> here = present.stream().filter(m -> marks.isEmpty() || marks.get(m.leaderId()) == Presence.PRESENT).toList();
        return RoundPlan.order(here, meeting.getNumberInSeries() - 1);
    }

    public int getSlotMinutes() {
        return RoundPlan.slotMinutes(meeting.minutes(), getPresenters().size());
    }

    public void mark(long leaderId, String presence) {
        try {
            marks = new HashMap<>(attendance.mark(viewer, id, Map.of(leaderId, Presence.valueOf(presence))));
        } catch (InvalidInputException e) {
            FormMessages.show("attendance", e);
        } catch (NotFoundException e) {
            // Not (or no longer) this viewer's meeting: the service refused, nothing changed.
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
        }
    }

    public void choose(long challengeId) {
        try {
            challenges.chooseFocus(viewer, id, challengeId);
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("challenges", e);
        } catch (NotFoundException e) {
            // Not (or no longer) this viewer's meeting: the service refused, nothing changed.
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
            return;
        }
        reload();
    }

    public void saveNextStep(long challengeId) {
        try {
            challenges.recordNextStep(viewer, challengeId, nextSteps.get(challengeId));
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
            nextSteps.remove(challengeId);
        } catch (InvalidInputException e) {
            FormMessages.show("challenges", e);
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        }
        reload();
    }

    public void done(long challengeId, boolean value) {
        try {
            challenges.markNextStepDone(viewer, challengeId, value);
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        }
        reload();
    }

    public void enterChallenge() {
        try {
            challenges.submit(viewer, id, new ChallengeInput(onBehalfOf, title, description, helpWanted));
            title = null;
            description = null;
            helpWanted = null;
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("intake", e);
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        }
        reload();
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

    /** Staff enter an attendee's rating on their behalf until the portal lets leaders do it themselves. */
    public void rate() {
        try {
            feedback.rate(viewer, id, feedbackFrom, rating, feedbackComment);
            feedbackSummary = null;
            feedbackFrom = null;
            rating = null;
            feedbackComment = null;
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("feedback", e);
        } catch (NotFoundException e) {
            // Not (or no longer) this viewer's meeting: the service refused, nothing changed.
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
        }
    }

    /** Who can rate: the members marked present. */
    public List<MemberView> getAttendees() {
        return present.stream().filter(m -> marks.get(m.leaderId()) == Presence.PRESENT).toList();
    }

    public Long getFeedbackFrom() {
        return feedbackFrom;
    }

    public void setFeedbackFrom(Long feedbackFrom) {
        this.feedbackFrom = feedbackFrom;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getFeedbackComment() {
        return feedbackComment;
    }

    public void setFeedbackComment(String feedbackComment) {
        this.feedbackComment = feedbackComment;
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

    public String presence(long leaderId) {
        Presence p = marks.get(leaderId);
        return p == null ? "" : p.name();
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

    public Map<Long, String> getNextSteps() {
        return nextSteps;
    }

    public Long getOnBehalfOf() {
        return onBehalfOf;
    }

    public void setOnBehalfOf(Long onBehalfOf) {
        this.onBehalfOf = onBehalfOf;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getHelpWanted() {
        return helpWanted;
    }

    public void setHelpWanted(String helpWanted) {
        this.helpWanted = helpWanted;
    }
}
