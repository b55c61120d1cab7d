package no.ledernett.sessions.web;

import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.ledernett.groups.MemberView;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.sessions.PeerCoachingPhases;
import no.ledernett.sessions.PhaseClocks;
import no.ledernett.sessions.Presence;
import no.ledernett.sessions.RoundPlan;

/**
 * The meeting's timed phases: peer coaching's phases, or the round's presenters in this meeting's
 * order with a slot each; and the timer, kept on the server.
 */
@Named
@ViewScoped
public class MeetingPhases implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PhaseClocks clocks;

    @Inject
    Viewer viewer;

    @Inject
    MeetingRoom room;

    private PhaseClocks.Reading clock = PhaseClocks.Reading.NOT_STARTED;

    /** The timer as the room read it. */
    void read(@Observes MeetingRoom.Loaded loaded) {
        clock = PhaseClocks.Reading.of(loaded.meeting());
    }

    /** Starts the first phase (or the first presenter's slot) now; the time is kept on the server. */
    public void startTimer() {
        startPhase(0);
    }

    /** Goes on to the next phase; after the last one the timer stops. */
    public void nextPhase() {
        startPhase(clock.phase() + 1);
    }

    private void startPhase(int phase) {
        FormMessages.attempt("timer", "common.gone", () -> clock = clocks.start(viewer, room.getId(), phase));
    }

    public PhaseClocks.Reading getClock() {
        return clock;
    }

    /** The server's clock as the page is rendered, so the browser counts from the server's start time whatever its own clock says. */
    public long getServerNow() {
        return System.currentTimeMillis();
    }

    public List<PeerCoachingPhases.Phase> getPhases() {
        return PeerCoachingPhases.plan(room.getMeeting().minutes());
    }

    /** Presenters in this meeting's rotated order: members marked present, or all members before attendance is taken. */
    public List<MemberView> getPresenters() {
        Map<Long, Presence> marks = room.getMarks();
        List<MemberView> here = room.getMembers().stream().filter(m -> marks.isEmpty() || marks.get(m.leaderId()) == Presence.PRESENT).toList();
        return RoundPlan.order(here, room.getMeeting().getNumberInSeries() - 1);
    }

    public int getSlotMinutes() {
        return RoundPlan.slotMinutes(room.getMeeting().minutes(), getPresenters().size());
    }
}
