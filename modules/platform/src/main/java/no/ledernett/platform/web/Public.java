package no.ledernett.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A REST resource or method anyone may call without signing in (a calendar program fetching its feed,
 * someone who forgot their password); see {@link ApiAccess}. Our own annotation rather than
 * {@code @PermitAll}: Payara's JAX-RS filter for {@code @PermitAll} asks the sign-in mechanism to
 * authenticate an anonymous caller, which sent a calendar program to the sign-in page.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Public {
}
