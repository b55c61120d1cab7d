package no.ledernett.sessions;

import java.util.Set;
import no.ledernett.platform.Viewer;

/**
 * Who may read the text of a leadership challenge: the members of its group and the group's
 * adviser — nobody else, not the buying municipality's contact and not the consultancy's other
 * staff. Enforced in the service, so no screen or endpoint can leak it.
 */
public final class ChallengeAccess {

    private ChallengeAccess() {
    }

    /**
     * @param groupMembers leaders who are members of the group (current or at the meeting)
     * @param groupAdviser the group's adviser, or null
     */
    public static boolean mayRead(Viewer viewer, Set<Long> groupMembers, Long groupAdviser) {
        if (viewer == null) {
            return false;
        }
        return switch (viewer.role()) {
            case PARTICIPANT -> viewer.leaderId() != null && groupMembers.contains(viewer.leaderId());
            case ADVISER -> viewer.adviserId() != null && viewer.adviserId().equals(groupAdviser);
            case STAFF, CONTACT, ANONYMOUS -> false;
        };
    }

    /** Writing on a leader's behalf is for staff and the group's adviser; a participant writes only their own. */
    public static boolean mayWrite(Viewer viewer, long owner, Set<Long> groupMembers, Long groupAdviser) {
        if (viewer == null || !groupMembers.contains(owner)) {
            return false;
        }
        return switch (viewer.role()) {
            case PARTICIPANT -> viewer.leaderId() != null && viewer.leaderId() == owner;
            case ADVISER -> viewer.adviserId() != null && viewer.adviserId().equals(groupAdviser);
            case STAFF -> true;
            case CONTACT, ANONYMOUS -> false;
        };
    }
}
