package no.ledernett.platform.web;

import jakarta.annotation.security.PermitAll;
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
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import no.ledernett.platform.Viewer;

/**
 * Who may call which endpoint, checked before every resource method. A method or class says so
 * with {@link Allowed} or {@code @PermitAll}; one that says nothing is for staff only, so a new
 * endpoint is closed until someone opens it. Roles are checked against our own {@link Viewer}.
 *
 * <p>Changes made with a browser session must come from our own pages (same origin); API clients
 * that send their credentials with each request are not exposed to cross-site requests.
 */
@Provider
public class ApiAccess implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

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
        } else if (!SAFE.contains(request.getMethod()) && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null && !sameOrigin(request)) {
            request.abortWith(Problems.response(403, "cross-origin", Problems.locale(headers), List.of()));
        }
    }

    /** The roles allowed, or null when anyone may call. */
    private List<String> allowed() {
        for (AnnotatedElement element : new AnnotatedElement[] {resource.getResourceMethod(), resource.getResourceClass()}) {
            if (element == null) {
                continue;
            }
            if (element.isAnnotationPresent(PermitAll.class)) {
                return null;
            }
            Allowed roles = element.getAnnotation(Allowed.class);
            if (roles != null) {
                return Arrays.stream(roles.value()).map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).toList();
            }
        }
        return List.of("staff");
    }

    private static boolean sameOrigin(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            origin = request.getHeaderString("Referer");
        }
        if (origin == null) {
            return false;
        }
        try {
            URI from = URI.create(origin);
            URI self = request.getUriInfo().getBaseUri();
            return from.getHost() != null && from.getHost().equalsIgnoreCase(self.getHost()) && port(from) == port(self);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }
}
