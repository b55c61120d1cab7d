package no.ledernett.platform;

import jakarta.interceptor.InterceptorBinding;
import jakarta.transaction.Transactional;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an endpoint, or a page's load method, that composes several services: they read in one
 * transaction, so one persistence context, and an entity one service has read is not read again
 * by the next. Without it every service call gets its own context and asks the database again (a
 * group's page cost 16 statements). Nothing is written by such a read, apart from audit lines
 * (their own transaction); the transaction only spans it. A page's actions call their load
 * method on the bean itself, so after a change it reads without this, as before.
 */
@java.lang.annotation.Inherited
@InterceptorBinding
@Transactional
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReadTogether {
}
