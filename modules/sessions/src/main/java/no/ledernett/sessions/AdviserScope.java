package no.ledernett.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.ledernett.groups.Groups;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Viewer;

/**
 * What an adviser may open: their own groups' meetings and their own coaching courses. Staff may
 * open everything; anyone else nothing. A refusal is "not found", so it reveals nothing.
 */
@ApplicationScoped
public class AdviserScope {

    @Inject
    Groups groups;

    @Inject
    Meetings meetings;

    @Inject
    Coaching coaching;

    public void group(Viewer viewer, long groupId) {
        if (viewer.is(Viewer.Role.STAFF)) {
            return;
        }
        if (!viewer.is(Viewer.Role.ADVISER) || viewer.adviserId() == null || !viewer.adviserId().equals(groups.view(groupId).adviserId())) {
            throw new NotFoundException("Group", groupId);
        }
    }

    public GroupMeeting meeting(Viewer viewer, long meetingId) {
        GroupMeeting meeting = meetings.get(meetingId);
        try {
            group(viewer, meeting.getGroupId());
        } catch (NotFoundException e) {
            throw new NotFoundException("Meeting", meetingId);
        }
        return meeting;
    }

    public void course(Viewer viewer, long courseId) {
        CoachingCourse course = coaching.course(courseId);
        if (viewer.is(Viewer.Role.STAFF)) {
            return;
        }
        if (!viewer.is(Viewer.Role.ADVISER) || viewer.adviserId() == null || viewer.adviserId() != course.getAdviserId()) {
            throw new NotFoundException("Coaching course", courseId);
        }
    }

    /** The adviser whose things a list should be limited to, or null for staff (everything). */
    public static Long limitTo(Viewer viewer) {
        return viewer.is(Viewer.Role.ADVISER) ? (viewer.adviserId() == null ? -1L : viewer.adviserId()) : null;
    }
}
