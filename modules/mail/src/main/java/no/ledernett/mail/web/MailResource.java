package no.ledernett.mail.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.ledernett.mail.Outbox;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The outbox, for staff to see what was sent and what failed. Bodies are left out: they may name people. */
@ApplicationScoped
@Path("mail")
@Produces(MediaType.APPLICATION_JSON)
public class MailResource {

    public record MailJson(long id, String subject, String status, int attempts, String lastError) {
    }

    @Inject
    Outbox outbox;

    @Operation(summary = "List recent e-mails",
            description = "The most recent e-mails in the outbox (max, at most 500) with their status, attempts and last error.")
    @GET
    public List<MailJson> recent(@QueryParam("max") @DefaultValue("50") int max) {
        return outbox.recent(Math.max(1, Math.min(500, max))).stream()
                .map(m -> new MailJson(m.getId(), m.getSubject(), m.getStatus().name(), m.getAttempts(), m.getLastError())).toList();
    }
}
