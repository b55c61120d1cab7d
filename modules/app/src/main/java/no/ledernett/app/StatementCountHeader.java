package no.ledernett.app;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code ledernett.diagnostics.statement-count=true}, every API answer carries the number
 * of SQL statements it cost in the header {@code X-Ledernett-Statements}. Off by default.
 */
@Provider
@PreMatching
public class StatementCountHeader implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Ledernett-Statements";

    @Inject
    @ConfigProperty(name = "ledernett.diagnostics.statement-count", defaultValue = "false")
    boolean enabled;

    @Override
    public void filter(ContainerRequestContext request) {
        StatementCounter.reset();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (enabled) {
            response.getHeaders().putSingle(HEADER, String.valueOf(StatementCounter.count()));
        }
    }
}
