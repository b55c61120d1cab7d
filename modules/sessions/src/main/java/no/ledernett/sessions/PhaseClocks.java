package no.ledernett.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.ledernett.platform.Viewer;

/**
 * The meeting room's phase timer, kept on the server: start the first phase, go to the next. The
 * browser counts down from the start time. Written past the meeting's version, so running the
 * timer never makes someone's move form stale.
 */
@ApplicationScoped
public class PhaseClocks {

    /** A meeting's timer as the room shows it: the phase (-1 before the start) and when it started. */
    public record Reading(int phase, long startedAtMs) implements java.io.Serializable {

        public static final Reading NOT_STARTED = new Reading(-1, 0);

        public static Reading of(GroupMeeting meeting) {
            return meeting.getPhaseIndex() == null || meeting.getPhaseStartedMs() == null ? NOT_STARTED
                    : new Reading(meeting.getPhaseIndex(), meeting.getPhaseStartedMs());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Meetings meetings;

    /** Starts this phase now (0 is the first); for staff and the group's adviser, as every change of a meeting. */
    @Transactional
    public Reading start(Viewer viewer, long meetingId, int phase) {
        meetings.changeable(viewer, meetingId);
        Reading reading = new Reading(Math.max(0, phase), System.currentTimeMillis());
        em.createNativeQuery("UPDATE group_meeting SET phase_index = ?, phase_started_ms = ? WHERE id = ?")
                .setParameter(1, reading.phase()).setParameter(2, reading.startedAtMs()).setParameter(3, meetingId).executeUpdate();
        return reading;
    }
}
