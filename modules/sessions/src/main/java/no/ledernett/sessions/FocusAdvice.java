package no.ledernett.sessions;

import java.io.Serializable;
import java.util.List;

/**
 * What the adviser sees when choosing the challenge in focus: the suggestion, and every current
 * member's focus history in the group.
 *
 * @param suggestedChallengeId the suggested challenge, or null when nobody has submitted
 * @param neverInFocus         names of members never in focus in this group
 */
public record FocusAdvice(Long suggestedChallengeId, String suggestedLeader, List<History> members, List<String> neverInFocus) implements Serializable {

    /** One member's focus history. */
    public record History(long leaderId, String name, int timesInFocus, boolean submitted) implements Serializable {
    }
}
