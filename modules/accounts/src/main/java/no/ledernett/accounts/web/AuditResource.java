package no.ledernett.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import no.ledernett.accounts.AuditEntry;
import no.ledernett.accounts.AuditLog;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit log, for staff. */
@ApplicationScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record AuditJson(long id, Instant at, String who, String action, String subject, String role) {

        static AuditJson of(AuditEntry a) {
            return new AuditJson(a.getId(), a.getAt(), a.getWho(), a.getAction(), a.getSubject(), a.getDetail());
        }
    }

    @Inject
    AuditLog audit;

    @Operation(summary = "Search the audit log",
            description = "Who did what and when: sign-ins and every read and change of confidential text, by who and action, newest first, paged. Never the text itself.")
    @GET
    public Page<AuditJson> search(@QueryParam("who") String who, @QueryParam("action") String action, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size) {
        return audit.search(who, action, PageRequest.of(page, size)).map(AuditJson::of);
    }
}
