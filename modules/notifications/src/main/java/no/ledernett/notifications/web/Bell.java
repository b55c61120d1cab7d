package no.ledernett.notifications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.ledernett.platform.Viewer;

/**
 * The bell in the admin header: a link to the notifications with the unread count. The page itself
 * runs no statement for it: the count comes from {@code GET /api/notifications/unread} once the page
 * has loaded (the template's bell.js), so no admin page pays for it in its budget.
 */
@Named
@RequestScoped
public class Bell {

    @Inject
    Viewer viewer;

    /** Staff and advisers have notifications. */
    public boolean isAvailable() {
        return viewer.userId() != null && (viewer.is(Viewer.Role.STAFF) || viewer.is(Viewer.Role.ADVISER));
    }
}
