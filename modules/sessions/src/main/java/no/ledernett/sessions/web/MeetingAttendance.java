package no.ledernett.sessions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.sessions.AttendanceRegister;
import no.ledernett.sessions.Presence;

/** Attendance in the meeting room: each member marked present, absent or excused. */
@Named
@ViewScoped
public class MeetingAttendance implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttendanceRegister attendance;

    @Inject
    Viewer viewer;

    @Inject
    MeetingRoom room;

    /** A refusal means not (or no longer) this viewer's meeting: nothing changed. */
    public void mark(long leaderId, String presence) {
        FormMessages.attempt("attendance", "common.gone",
                () -> room.attendanceTaken(attendance.mark(viewer, room.getId(), Map.of(leaderId, Presence.valueOf(presence)))));
    }

    public String presence(long leaderId) {
        Presence p = room.getMarks().get(leaderId);
        return p == null ? "" : p.name();
    }
}
