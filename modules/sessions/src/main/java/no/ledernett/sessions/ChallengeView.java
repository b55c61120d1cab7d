package no.ledernett.sessions;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A challenge as a given viewer may see it. The text fields are null, and {@code confidential}
 * true, for anyone who is not a member of the group or its adviser.
 */
public record ChallengeView(long id, long meetingId, long leaderId, String leaderName, boolean confidential, String title,
                            String description, String helpWanted, String nextStep, boolean nextStepDone, String enteredBy,
                            LocalDateTime submittedAt, boolean inFocus, long version) implements Serializable {
}
