package no.ledernett.platform.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import no.ledernett.platform.NotFoundException;

@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(NotFoundException e) {
        return Problems.response(404, "not-found", Problems.locale(headers), List.of());
    }
}
