package no.ledernett.platform.web;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ledernett.platform.DatabaseFailures;

/**
 * The last line: whatever escaped the other mappers becomes a problem document, never a stack
 * trace. A database that cannot be reached is 503 with {@code Retry-After}, logged in one line;
 * unexpected failures are logged with an id the caller can quote to support.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());
    static final int RETRY_AFTER_SECONDS = 10;

    @Context
    HttpHeaders headers;

    @Context
    jakarta.ws.rs.core.Request request;

    @Override
    public Response toResponse(Throwable e) {
        Locale locale = Problems.locale(headers);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return Problems.response(400, "unreadable", locale, List.of());
            }
            // EclipseLink's own exception of the same name is what a failed commit carries.
            if (t instanceof OptimisticLockException || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return Problems.response(409, "conflict", locale, List.of());
            }
        }
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warning(() -> "Database unavailable: answered 503 (" + e.getClass().getSimpleName() + ")");
            return Response.fromResponse(Problems.response(method(), 503, "unavailable", locale, List.of()))
                    .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)).build();
        }
        java.util.Optional<String> unreadable = UnreadableParameter.of(e);
        if (unreadable.isPresent()) {
            return Problems.response(method(), 400, "invalid-input", locale, List.of(no.ledernett.platform.Violation.of(unreadable.get(), "format")), 1);
        }
        if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            int status = wae.getResponse().getStatus();
            String kind = switch (status) {
                case 403 -> "forbidden";
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                case 406, 415 -> "unsupported-media-type";
                default -> "bad-request";
            };
            return Problems.response(status, kind, locale, List.of());
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
        return Problems.response(method(), 500, "unexpected", locale, List.of(), incident);
    }

    private String method() {
        try {
            return request == null ? null : request.getMethod();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
