package no.ledernett.reports.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.ledernett.platform.Audited;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.Allowed;
import no.ledernett.platform.web.Bodies;
import no.ledernett.reports.ClientReport;
import no.ledernett.reports.ClientReportPdf;
import no.ledernett.reports.ClientReports;
import no.ledernett.sessions.EngagementActivity;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Client reports: staff and the engagement's own municipality's contact read them as JSON and as
 * PDF/UA; staff write the summary. Anyone else gets 404 from the service, as if there were none.
 */
@ApplicationScoped
@Path("reports/engagements/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientReportsResource {

    public record ReportJson(long engagementId, String municipality, String kind, LocalDate from, LocalDate to, String language,
                             List<EngagementActivity.GroupFigures> groups, int coachingHeld, int coachingPlanned, int coachingNoShows,
                             Map<String, Double> hoursByMonth, double hoursInPeriod, int hourBudget, double hoursUsed, String summary, Long summaryVersion) {

        static ReportJson of(ClientReport r) {
            return new ReportJson(r.engagement().id(), r.engagement().municipality().number(), r.engagement().kind().name(), r.from(), r.to(),
                    r.language().tag(), r.figures().groups(), r.figures().coachingHeld(), r.figures().coachingPlanned(), r.figures().coachingNoShows(),
                    r.figures().hoursByMonth().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue,
                            (a, b) -> a, java.util.TreeMap::new)),
                    r.figures().hoursTotal(), r.budget().budget(), r.budget().used(), r.summary(), r.summaryVersion());
        }
    }

    public record SummaryInput(String from, String to, String summary, Long version) {
    }

    @Inject
    ClientReports reports;

    @Inject
    Provider<Viewer> viewer;

    @Inject
    jakarta.enterprise.event.Event<Audited> audit;

    @Operation(summary = "Read a client report",
            description = "Figures for one engagement and period (from, to: yyyy-MM-dd): meetings and attendance per group, hours per month against the budget, staff's summary. Never a challenge or a note, and no rate below three people. A contact reads only their own municipality's.")
    @GET
    @Allowed({Viewer.Role.STAFF, Viewer.Role.CONTACT})
    public ReportJson get(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return ReportJson.of(reports.report(viewer.get(), id, from, to));
    }

    @Operation(summary = "Download a client report as PDF",
            description = "The same report as PDF/UA in the municipality's written form. Audited.")
    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @Allowed({Viewer.Role.STAFF, Viewer.Role.CONTACT})
    public Response pdf(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        ClientReport report = reports.report(viewer.get(), id, from, to);
        audit.fire(new Audited(viewer.get(), "report.download", "engagement:" + id));
        String name = "rapport-avtale-" + id + "-" + report.from() + "-" + report.to() + ".pdf";
        return Response.ok(ClientReportPdf.of(report), "application/pdf").header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** Writes the period's summary (staff); the first needs no version, a change names the one it was based on. */
    @Operation(summary = "Write a client report's summary",
            description = "Staff's summary of the period; the first time without a version, later with the version you read.")
    @PUT
    @Path("summary")
    public ReportJson summary(@PathParam("id") long id, SummaryInput input, @Context HttpHeaders headers) {
        SummaryInput given = Bodies.required(input);
        Long version = given.version() != null || headers.getHeaderString(HttpHeaders.IF_MATCH) != null
                ? no.ledernett.platform.web.Versions.required(given.version(), headers) : null;
        return ReportJson.of(reports.writeSummary(viewer.get(), id, given.from(), given.to(), given.summary(), version));
    }
}
