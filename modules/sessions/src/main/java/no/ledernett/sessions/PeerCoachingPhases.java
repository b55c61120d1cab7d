package no.ledernett.sessions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The timed phases of a peer-coaching meeting, shares of the meeting's length, for the
 * facilitator view.
 */
public final class PeerCoachingPhases {

    /** A phase and its minutes. */
    public record Phase(String key, int minutes) implements Serializable {
    }

    private static final String[] KEYS = {"presents", "questions", "reflections", "nextStep", "takeHome"};
    private static final double[] SHARES = {0.15, 0.20, 0.35, 0.15, 0.15};

    private PeerCoachingPhases() {
    }

    /** Splits the time after opening and closing into the five phases; rounding goes to the reflections. */
    public static List<Phase> plan(int meetingMinutes) {
        int available = Math.max(0, meetingMinutes - RoundPlan.OPENING_AND_CLOSING_MINUTES);
        List<Phase> phases = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < KEYS.length; i++) {
            int minutes = (int) Math.floor(available * SHARES[i]);
            phases.add(new Phase(KEYS[i], minutes));
            used += minutes;
        }
        Phase reflections = phases.get(2);
        phases.set(2, new Phase(reflections.key(), reflections.minutes() + available - used));
        return phases;
    }
}
