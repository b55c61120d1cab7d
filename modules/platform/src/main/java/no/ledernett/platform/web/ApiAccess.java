package no.ledernett.platform.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import no.ledernett.platform.Viewer;

/**
 * Who may call which endpoint, checked before every resource method. A method or class says so
 * with {@link Allowed} or {@link Public}; one that says nothing is for staff only, so a new
 * endpoint is closed until someone opens it. Roles are checked against our own {@link Viewer}.
 *
 * <p>Changes made with a browser session must come from our own pages (same origin). Only a request
 * that authenticated itself with its own credentials (HTTP Basic, marked by the sign-in mechanism
 * with {@link #CREDENTIALS_IN_REQUEST}) is spared the check: the mere presence of an
 * {@code Authorization} header says nothing, since a cookie may still be what signed the caller in.
 */
@Provider
public class ApiAccess implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** Request attribute the sign-in mechanism sets when this request's own credentials authenticated it, not a session cookie. */
    public static final String CREDENTIALS_IN_REQUEST = ApiAccess.class.getName() + ".credentialsInRequest";

    /** Request attribute the sign-in mechanism sets for a read-only API token: it may only read. */
    public static final String READ_ONLY = ApiAccess.class.getName() + ".readOnly";

    @Context
    ResourceInfo resource;

    @Context
    HttpHeaders headers;

    @Inject
    Instance<Viewer> viewer;

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> allowed = allowed();
        if (allowed == null) {
            return;
        }
        Viewer who = viewer.get();
        if (who.is(Viewer.Role.ANONYMOUS)) {
            Response problem = Problems.response(401, "unauthorized", Problems.locale(headers), List.of());
            problem.getHeaders().add("WWW-Authenticate", "Basic realm=\"Ledernett\", charset=\"UTF-8\"");
            request.abortWith(problem);
        } else if (!allowed.contains(who.roleName())) {
            request.abortWith(Problems.response(403, "forbidden", Problems.locale(headers), List.of()));
        } else if (!SAFE.contains(request.getMethod()) && Boolean.TRUE.equals(request.getProperty(READ_ONLY))) {
            request.abortWith(Problems.response(403, "read-only", Problems.locale(headers), List.of()));
        } else if (!SAFE.contains(request.getMethod()) && !Boolean.TRUE.equals(request.getProperty(CREDENTIALS_IN_REQUEST))
                && !Origins.sameOrigin(request.getHeaderString("Origin"), request.getHeaderString("Referer"), request.getUriInfo().getBaseUri())) {
            request.abortWith(Problems.response(403, "cross-origin", Problems.locale(headers), List.of()));
        }
    }

    /** The roles allowed, or null when anyone may call. */
    private List<String> allowed() {
        for (AnnotatedElement element : new AnnotatedElement[] {resource.getResourceMethod(), resource.getResourceClass()}) {
            if (element == null) {
                continue;
            }
            if (element.isAnnotationPresent(Public.class)) {
                return null;
            }
            Allowed roles = element.getAnnotation(Allowed.class);
            if (roles != null) {
                return Arrays.stream(roles.value()).map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).toList();
            }
        }
        return List.of("staff");
    }
}
