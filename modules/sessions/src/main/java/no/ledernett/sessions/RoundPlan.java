package no.ledernett.sessions;

import java.util.ArrayList;
import java.util.List;

/**
 * The "alle presenterer" method: every member present gets an equal slot, and the order rotates
 * from meeting to meeting so the same person does not always go first (or last, when time runs out).
 */
public final class RoundPlan {

    /** Minutes kept for opening and closing the meeting, outside the presenters' slots. */
    public static final int OPENING_AND_CLOSING_MINUTES = 20;

    private RoundPlan() {
    }

    /** Whole minutes per presenter; what does not divide evenly is left for closing. */
    public static int slotMinutes(int meetingMinutes, int present) {
        if (present <= 0) {
            return 0;
        }
        return Math.max(0, meetingMinutes - OPENING_AND_CLOSING_MINUTES) / present;
    }

    /**
     * The presenting order for the n-th meeting of a group (0-based): the members sorted by a
     * stable key, rotated by n.
     */
    public static <T> List<T> order(List<T> presentInStableOrder, int meetingIndex) {
        int n = presentInStableOrder.size();
        List<T> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(presentInStableOrder.get((i + Math.floorMod(meetingIndex, Math.max(1, n))) % n));
        }
        return order;
    }
}
