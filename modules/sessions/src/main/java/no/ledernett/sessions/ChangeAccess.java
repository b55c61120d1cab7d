package no.ledernett.sessions;

import no.ledernett.platform.Viewer;

/**
 * Who may change a group's meetings or a coaching course (schedule, cancel, mark held, attendance,
 * focus, sessions): staff, and the adviser in charge of that group or course. The services ask
 * this on every change, whatever page or endpoint the request came through, so an id swapped in
 * a form reaches nothing (issue 19).
 */
final class ChangeAccess {

    private ChangeAccess() {
    }

    static boolean mayChange(Viewer viewer, Long adviserInCharge) {
        if (viewer == null) {
            return false;
        }
        return viewer.is(Viewer.Role.STAFF)
                || viewer.is(Viewer.Role.ADVISER) && viewer.adviserId() != null && viewer.adviserId().equals(adviserInCharge);
    }
}
