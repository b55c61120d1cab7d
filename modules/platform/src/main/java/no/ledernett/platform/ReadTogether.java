package no.ledernett.platform;

import jakarta.interceptor.InterceptorBinding;
import jakarta.transaction.Transactional;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an endpoint that composes several services: they read in one transaction, so one
 * persistence context, and an entity one service has read is not read again by the next.
 * Without it every service call gets its own context and asks the database again (a group's
 * page cost 16 statements). Nothing is written by such a read; the transaction only spans it.
 */
@java.lang.annotation.Inherited
@InterceptorBinding
@Transactional
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReadTogether {
}
