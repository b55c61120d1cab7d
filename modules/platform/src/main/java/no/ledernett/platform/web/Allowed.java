package no.ledernett.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.ledernett.platform.Viewer;

/**
 * The roles that may call a REST resource or method; see {@link ApiAccess}. Our own annotation
 * rather than {@code @RolesAllowed}, which Payara also enforces through the container's role
 * mapping, and forgets across cluster members (payara/Payara#6342).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {

    Viewer.Role[] value();
}
