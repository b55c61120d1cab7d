package no.ledernett.sessions;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which challenge to put in focus at a peer-coaching meeting: among members who submitted one,
 * the one who has been in focus least often in this group; ties go to whoever waited longest
 * since their last turn, then whoever submitted first. The adviser decides; this only suggests.
 */
public final class FocusSuggestion {

    /**
     * A submitted challenge and its owner's focus history in the group.
     *
     * @param timesInFocus     how often the owner has been in focus in this group
     * @param meetingsSinceFocus meetings since the owner was last in focus (large if never)
     * @param submittedOrder   order of submission, lower first
     */
    public record Candidate(long challengeId, long leaderId, int timesInFocus, int meetingsSinceFocus, int submittedOrder) implements Serializable {
    }

    private FocusSuggestion() {
    }

    public static Optional<Candidate> suggest(List<Candidate> submitted) {
        return submitted.stream().min(Comparator.comparingInt(Candidate::timesInFocus)
                .thenComparing(Comparator.comparingInt(Candidate::meetingsSinceFocus).reversed())
                .thenComparingInt(Candidate::submittedOrder)
                .thenComparingLong(Candidate::leaderId));
    }
}
