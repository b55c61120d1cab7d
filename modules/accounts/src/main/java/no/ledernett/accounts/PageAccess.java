package no.ledernett.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.LocalPath;
import no.ledernett.platform.web.PageConstraints;

/**
 * Which screens a role may open: the container's own constraints, read from the same descriptors
 * it enforces (web.xml and each module's web-fragment.xml), so this second look cannot drift from
 * the first on any page a module adds. Deny by default lives there: a path nobody declared is for
 * staff. Paths are the container's normalised ones ({@link LocalPath}). The services check again
 * what each may see on a page.
 */
@ApplicationScoped
public class PageAccess {

    @Inject
    ServletContext servletContext;

    private volatile PageConstraints constraints;

    protected PageAccess() {
    }

    private PageAccess(PageConstraints constraints) {
        this.constraints = constraints;
    }

    /** For tests and tools that read the descriptors themselves. */
    public static PageAccess of(PageConstraints constraints) {
        return new PageAccess(constraints);
    }

    private PageConstraints constraints() {
        PageConstraints read = constraints;
        if (read == null) {
            read = PageConstraints.of(servletContext);
            constraints = read;
        }
        return read;
    }

    public boolean needsSignIn(String path) {
        return !constraints().isPublic(path);
    }

    public boolean allowed(Viewer viewer, String path) {
        if (!needsSignIn(path)) {
            return true;
        }
        return !viewer.is(Viewer.Role.ANONYMOUS) && constraints().admits(viewer.roleName(), path);
    }

    /** Where to go after signing in: the page asked for when it is on this site and the role may open it, else the role's start page. */
    public String after(Viewer viewer, String next) {
        return LocalPath.safe(next).filter(path -> allowed(viewer, path.split("[?#]")[0])).orElse(home(viewer));
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
