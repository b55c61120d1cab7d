package no.ledernett.groups;

import java.io.Serializable;
import java.time.LocalDate;

/** One group a leader is or was in, for the leader's page. */
public record LeaderMembership(long groupId, String groupName, LocalDate joined, LocalDate left) implements Serializable {

    public boolean isCurrent() {
        return left == null;
    }
}
