package no.ledernett.accounts;

import java.util.List;
import java.util.Set;
import no.ledernett.platform.Viewer;

/**
 * Which screens a role may open, the same rules as the container's constraints in web.xml (which
 * decide first; {@code PageAccessTest} keeps the two in step). Deny by default: a path is public
 * only when listed here, and a path nobody listed is for staff. Staff work in all admin screens;
 * advisers in the meeting room and their coaching (the services then show them only their own);
 * contacts and leaders in the portal, each in their own part of it. The services check again
 * what each may see there. Paths are the container's normalised ones ({@code LocalPath}).
 */
public final class PageAccess {

    static final Set<String> PUBLIC = Set.of("", "/", "/index.xhtml", "/login.xhtml", "/forgot.xhtml", "/password.xhtml", "/tilgjengelighet.xhtml",
            "/language", "/oidc/start", "/oidc/callback");

    /** Public with everything below them; Payara's health, metrics and OpenAPI decide for themselves who may read them. */
    static final List<String> PUBLIC_TREES = List.of("/jakarta.faces.resource", "/api", "/health", "/metrics", "/openapi");

    static final Set<String> ADVISER_PAGES = Set.of("/admin/", "/admin/index.xhtml", "/admin/search.xhtml", "/admin/meetings/index.xhtml", "/admin/meetings/meeting.xhtml",
            "/admin/coaching/index.xhtml", "/admin/coaching/course.xhtml");

    static final Set<String> PARTICIPANT_PAGES = Set.of("/portal/", "/portal/index.xhtml", "/portal/meeting.xhtml");

    private PageAccess() {
    }

    public static boolean needsSignIn(String path) {
        return !PUBLIC.contains(path) && PUBLIC_TREES.stream().noneMatch(tree -> path.equals(tree) || path.startsWith(tree + "/"));
    }

    public static boolean allowed(Viewer viewer, String path) {
        if (!needsSignIn(path)) {
            return true;
        }
        boolean portal = path.startsWith("/portal/") || path.equals("/portal");
        return switch (viewer.role()) {
            case STAFF -> !portal;
            case ADVISER -> ADVISER_PAGES.contains(path);
            case CONTACT -> portal && !path.equals("/portal/meeting.xhtml");
            case PARTICIPANT -> PARTICIPANT_PAGES.contains(path);
            case ANONYMOUS -> false;
        };
    }

    /** Where to go after signing in: the page asked for when it is on this site and the role may open it, else the role's start page. */
    public static String after(Viewer viewer, String next) {
        return no.ledernett.platform.web.LocalPath.safe(next).filter(path -> allowed(viewer, path.split("[?#]")[0])).orElse(home(viewer));
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
