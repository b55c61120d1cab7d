package no.ledernett.platform.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.ledernett.platform.InvalidInputException;

@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    HttpHeaders headers;

    @Context
    jakarta.ws.rs.core.Request request;

    @Override
    public Response toResponse(InvalidInputException e) {
        return Problems.response(method(), 400, "invalid-input", Problems.locale(headers), e.violations(), e.violations().size());
    }

    private String method() {
        try {
            return request == null ? null : request.getMethod();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
