package no.ledernett.sessions.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.ledernett.municipalities.EngagementView;
import no.ledernett.municipalities.Engagements;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Violation;
import no.ledernett.sessions.HoursLog;
import no.ledernett.sessions.SessionsTexts;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Hours per engagement, as JSON or as CSV for invoicing. */
@ApplicationScoped
@Path("hours")
public class HoursResource {

    /** @param outsidePeriod the day lies outside the engagement's period, which then does not cover these hours */
    public record HoursJson(LocalDate date, double hours, String reference, String description, Long adviserId, boolean outsidePeriod) {
    }

    @Inject
    HoursLog hours;

    @Inject
    Engagements engagements;

    @Operation(summary = "List hours logged on an engagement",
            description = "The hours logged on an engagement (meetings, preparation, coaching), optionally for one month (yyyy-MM), each marked when it falls outside the engagement's period.")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<HoursJson> list(@QueryParam("engagementId") Long engagementId, @QueryParam("month") String month) {
        EngagementView engagement = engagement(engagementId);
        return hours.entries(engagement.id(), month(month)).stream().map(h -> new HoursJson(h.getDate(), h.getHours(), h.getReference(), h.getDescription(),
                h.getAdviserId(), engagement.outside(h.getDate()))).toList();
    }

    @Operation(summary = "Download hours logged as CSV",
            description = "The same hours as a CSV file for Norwegian spreadsheets.")
    @GET
    @Path("csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("engagementId") Long engagementId, @QueryParam("month") String month) {
        long id = engagement(engagementId).id();
        YearMonth m = month(month);
        String name = "timer-avtale-" + id + (m == null ? "" : "-" + m) + ".csv";
        return Response.ok(hours.csv(id, m), "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private EngagementView engagement(Long engagementId) {
        if (engagementId == null) {
            throw new InvalidInputException(Violation.of("engagementId", "required"));
        }
        return engagements.view(engagementId);
    }

    private static YearMonth month(String month) {
        return Rules.checked(r -> r.monthIfGiven("month", month, SessionsTexts.RULES, "format.month"));
    }
}
