package no.ledernett.accounts;

import java.util.List;
import no.ledernett.platform.Viewer;

/**
 * Which screens a role may open. Staff work in all admin screens; advisers in the meeting room and
 * their coaching (the services then show them only their own); contacts and leaders in the portal,
 * each in their own part of it.
 * The services check again what each may see there.
 */
public final class PageAccess {

    private static final List<String> ADVISER_PAGES = List.of("/admin/index.xhtml", "/admin/meetings/index.xhtml", "/admin/meetings/meeting.xhtml",
            "/admin/coaching/index.xhtml", "/admin/coaching/course.xhtml");

    private static final List<String> PARTICIPANT_PAGES = List.of("/portal/meeting.xhtml");

    private PageAccess() {
    }

    public static boolean needsSignIn(String path) {
        return path.startsWith("/admin/") || path.startsWith("/portal/") || path.equals("/admin");
    }

    public static boolean allowed(Viewer viewer, String path) {
        if (!needsSignIn(path)) {
            return true;
        }
        return switch (viewer.role()) {
            case STAFF -> path.startsWith("/admin");
            case ADVISER -> ADVISER_PAGES.contains(path);
            case CONTACT -> path.startsWith("/portal/") && !PARTICIPANT_PAGES.contains(path);
            case PARTICIPANT -> path.equals("/portal/index.xhtml") || PARTICIPANT_PAGES.contains(path);
            case ANONYMOUS -> false;
        };
    }

    /** Where a role starts after signing in. */
    public static String home(Viewer viewer) {
        return switch (viewer.role()) {
            case STAFF -> "/admin/index.xhtml";
            case ADVISER -> "/admin/meetings/index.xhtml";
            case CONTACT, PARTICIPANT -> "/portal/index.xhtml";
            case ANONYMOUS -> "/login.xhtml";
        };
    }
}
