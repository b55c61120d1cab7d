package no.ledernett.portal;

import no.ledernett.platform.NorwegianTime;
import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import no.ledernett.groups.GroupSummary;
import no.ledernett.groups.Groups;
import no.ledernett.groups.Members;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Viewer;
import no.ledernett.sessions.ChallengeInput;
import no.ledernett.sessions.ChallengeView;
import no.ledernett.sessions.ChallengeIntake;
import no.ledernett.sessions.CoachingSessionView;
import no.ledernett.sessions.FeedbackBox;
import no.ledernett.sessions.FocusAndNextSteps;
import no.ledernett.sessions.Intake;
import no.ledernett.sessions.MeetingStatus;
import no.ledernett.sessions.MeetingView;
import no.ledernett.sessions.SessionViews;

/**
 * What a leader (participant) sees: their own groups' meetings, their own challenge for each (to
 * write while intake is open), their next steps, their coaching sessions, their calendar link,
 * and feedback after a meeting they attended. The sessions module's rules decide what they may
 * read and write; this only chooses what to show.
 */
@ApplicationScoped
public class LeaderPortal {

    /** A meeting of one of the leader's groups, with the leader's own challenge for it if any. */
    public record MyMeeting(MeetingView meeting, String groupName, Intake intake, boolean intakeOpen, ChallengeView mine) implements Serializable {
    }

    @Inject
    Groups groups;

    @Inject
    Members members;

    @Inject
    SessionViews sessions;

    @Inject
    ChallengeIntake intake;

    @Inject
    FocusAndNextSteps focusAndNextSteps;

    @Inject
    FeedbackBox feedback;


    /** The leader's current groups. */
    public List<GroupSummary> groups(Viewer viewer) {
        long leader = Tenancy.leader(viewer);
        return groups.summaries(members.currentGroupsOf(leader).keySet());
    }

    /** Meetings of the leader's groups from a month back (for feedback) to the end of the plan. */
    public List<MyMeeting> meetings(Viewer viewer) {
        long leader = Tenancy.leader(viewer);
        // Only the names of the leader's groups are shown here: one statement, not a summary each.
        Map<Long, String> names = members.currentGroupsOf(leader);
        LocalDateTime now = NorwegianTime.now();
        return sessions.leaderMeetings(leader, names.keySet(), NorwegianTime.today().minusMonths(1)).stream().map(m -> {
            MeetingView meeting = m.meeting();
            return new MyMeeting(meeting, names.get(meeting.groupId()), m.intake(), meeting.status() == MeetingStatus.PLANNED && m.intake().isOpen(now),
                    m.own());
        }).toList();
    }

    /** A meeting of the leader's own groups, or not found. */
    public MeetingView meeting(Viewer viewer, long meetingId) {
        Tenancy.leader(viewer);
        MeetingView meeting;
        try {
            meeting = sessions.meeting(meetingId);
        } catch (NotFoundException e) {
            throw new NotFoundException("Meeting", meetingId);
        }
        if (groups(viewer).stream().noneMatch(g -> g.id() == meeting.groupId())) {
            throw new NotFoundException("Meeting", meetingId);
        }
        return meeting;
    }

    public ChallengeView writeChallenge(Viewer viewer, long meetingId, String title, String description, String helpWanted) {
        meeting(viewer, meetingId);
        return intake.submit(viewer, meetingId, new ChallengeInput(viewer.leaderId(), title, description, helpWanted));
    }

    /** The leader's own challenges that have a next step, newest first. */
    public List<ChallengeView> nextSteps(Viewer viewer) {
        return nextSteps(viewer, meetings(viewer));
    }

    /** The next steps among meetings already read with {@link #meetings}. */
    public List<ChallengeView> nextSteps(Viewer viewer, List<MyMeeting> mine) {
        long leader = Tenancy.leader(viewer);
        return mine.stream().map(MyMeeting::mine).filter(c -> c != null && c.nextStep() != null && c.leaderId() == leader)
                .sorted(java.util.Comparator.comparing(ChallengeView::submittedAt).reversed()).toList();
    }

    public ChallengeView markDone(Viewer viewer, long challengeId, boolean done) {
        Tenancy.leader(viewer);
        return focusAndNextSteps.markNextStepDone(viewer, challengeId, done);
    }

    public void rate(Viewer viewer, long meetingId, Integer rating, String comment) {
        meeting(viewer, meetingId);
        feedback.rate(viewer, meetingId, viewer.leaderId(), rating, comment);
    }

    /** The leader's coaching sessions from today. */
    public List<CoachingSessionView> coachingSessions(Viewer viewer) {
        return sessions.coachingSessionsOf(Tenancy.leader(viewer), NorwegianTime.today());
    }

    /** A new secret address for the leader's calendar feed: its token. */
    public String newCalendarLink(Viewer viewer) {
        return sessions.newLeaderCalendarToken(Tenancy.leader(viewer));
    }
}
