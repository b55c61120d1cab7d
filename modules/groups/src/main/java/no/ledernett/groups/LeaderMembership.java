package no.ledernett.groups;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One period a leader was in a group, with the group's name: what another module needs to place a
 * leader's meetings or calendar without reading {@link Membership} itself.
 *
 * @param left when the leader left; null while they are in the group
 */
public record LeaderMembership(long groupId, String groupName, LocalDate joined, LocalDate left) implements Serializable {

    public boolean isCurrent() {
        return left == null;
    }
}
