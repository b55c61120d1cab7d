package no.ledernett.platform.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import no.ledernett.platform.ConflictException;

@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConflictException e) {
        return Problems.response(409, "conflict", Problems.locale(headers), List.of());
    }
}
