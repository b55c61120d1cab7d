package no.ledernett.platform.web;

import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;

/**
 * The name of a query, form, header or cookie parameter that JAX-RS could not convert to its type
 * ({@code ?year=abc} for an {@code Integer}), so the caller is told 400 and which parameter, not
 * the 404 the specification prescribes for a query parameter. A path parameter stays 404: a path
 * that names nothing is not found. Jersey (Payara's JAX-RS) says which parameter in its own
 * {@code ParamException}, read here by name so the module needs only the Jakarta API.
 */
final class UnreadableParameter {

    private static final String JERSEY_PARAM_EXCEPTION = "org.glassfish.jersey.server.ParamException";

    private UnreadableParameter() {
    }

    static Optional<String> of(Throwable e) {
        if (!(e instanceof WebApplicationException) || !isJerseyParamException(e.getClass()) || e.getClass().getSimpleName().equals("PathParamException")) {
            return Optional.empty();
        }
        try {
            Object name = e.getClass().getMethod("getParameterName").invoke(e);
            return name instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException notJerseys) {
            return Optional.empty();
        }
    }

    private static boolean isJerseyParamException(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(JERSEY_PARAM_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }
}
