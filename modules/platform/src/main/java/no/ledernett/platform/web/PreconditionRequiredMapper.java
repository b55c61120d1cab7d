package no.ledernett.platform.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import no.ledernett.platform.PreconditionRequiredException;

/** 428 Precondition Required (RFC 6585): the update named no version to check against. */
@Provider
public class PreconditionRequiredMapper implements ExceptionMapper<PreconditionRequiredException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(PreconditionRequiredException e) {
        return Problems.response(428, "precondition-required", Problems.locale(headers), List.of());
    }
}
