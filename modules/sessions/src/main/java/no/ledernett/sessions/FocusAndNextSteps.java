package no.ledernett.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import no.ledernett.groups.Groups;
import no.ledernett.groups.GroupView;
import no.ledernett.groups.Members;
import no.ledernett.municipalities.Leaders;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;

/**
 * What a meeting makes of its challenges: the one chosen for focus (peer coaching), the next step
 * each owner takes away, and whether it was done, asked at the follow-up.
 */
@ApplicationScoped
public class FocusAndNextSteps {

    @PersistenceContext
    EntityManager em;

    @Inject
    Meetings meetings;

    @Inject
    Groups groups;

    @Inject
    Members members;

    @Inject
    Leaders leaders;

    /** The adviser's choice of the challenge in focus (peer coaching). */
    @Transactional
    public GroupMeeting chooseFocus(Viewer viewer, long meetingId, Long challengeId) {
        GroupMeeting meeting = meetings.changeable(viewer, meetingId);
        GroupView group = groups.view(meeting.getGroupId());
        mustRead(viewer, group, "challengeId");
        if (challengeId != null) {
            Challenge c = em.find(Challenge.class, challengeId);
            if (c == null || c.getMeetingId() != meetingId) {
                throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "challengeId", "challenge.otherMeeting"));
            }
        }
        meeting.focusOn(challengeId);
        return meeting;
    }

    /** Records the next step the owner of a challenge takes away. */
    @Transactional
    public ChallengeView recordNextStep(Viewer viewer, long challengeId, String text) {
        return recordNextStep(viewer, challengeId, text, null);
    }

    /** As above, refused with a conflict when the challenge changed since the given version was read. */
    @Transactional
    public ChallengeView recordNextStep(Viewer viewer, long challengeId, String text, Long version) {
        Challenge c = writable(viewer, challengeId);
        mustRead(viewer, groups.view(meetings.get(c.getMeetingId()).getGroupId()), "nextStep");
        new Rules().required("nextStep", text).maxLength("nextStep", text, 2000).check();
        if (version != null && version != c.getVersion()) {
            throw new ConflictException("Challenge", challengeId);
        }
        c.nextStep(text.trim());
        // Written now, so the answer carries the version a next update must name.
        em.flush();
        return reread(viewer, c);
    }

    /** The owner (or staff, or the adviser) marks a next step as done at the follow-up. */
    @Transactional
    public ChallengeView markNextStepDone(Viewer viewer, long challengeId, boolean done) {
        Challenge c = writable(viewer, challengeId);
        c.nextStepDone(done);
        return reread(viewer, c);
    }

    /**
     * Choosing the challenge in focus and writing a next step are for those who read the
     * challenges (the group's adviser): staff, who may change the meeting but never read its
     * challenges, are told so plainly rather than allowed to act blind.
     */
    private void mustRead(Viewer viewer, GroupView group, String field) {
        if (!ChallengeAccess.mayRead(viewer, members.currentIds(group.id()), group.adviserId())) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, field, "challenge.unreadable"));
        }
    }

    private Challenge writable(Viewer viewer, long challengeId) {
        Challenge c = em.find(Challenge.class, challengeId);
        if (c == null) {
            throw new NotFoundException("Challenge", challengeId);
        }
        GroupView group = groups.view(meetings.get(c.getMeetingId()).getGroupId());
        if (!ChallengeAccess.mayWrite(viewer, c.getLeaderId(), members.currentIds(group.id()), group.adviserId())) {
            throw new NotFoundException("Challenge", challengeId);
        }
        return c;
    }

    private ChallengeView reread(Viewer viewer, Challenge c) {
        GroupMeeting meeting = meetings.get(c.getMeetingId());
        GroupView group = groups.view(meeting.getGroupId());
        return Challenges.view(c, leaders.names(List.of(c.getLeaderId())).get(c.getLeaderId()),
                ChallengeAccess.mayRead(viewer, members.currentIds(group.id()), group.adviserId()), meeting);
    }
}
