package no.ledernett.platform.web;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that failed at commit (database gone, optimistic lock, constraint) arrives as a
 * {@link TransactionalException}. Jersey's own mapper for it rethrows what it cannot map, which
 * ends as a bare 500; this one, preferred by its priority, answers as
 * {@link UnexpectedFailureMapper} does (503 for an unreachable database, 409 for a conflict).
 */
@Provider
@Priority(1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TransactionalException e) {
        UnexpectedFailureMapper mapper = new UnexpectedFailureMapper();
        mapper.headers = headers;
        return mapper.toResponse(e);
    }
}
