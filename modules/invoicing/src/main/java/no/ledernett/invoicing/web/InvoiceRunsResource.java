package no.ledernett.invoicing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.util.List;
import no.ledernett.invoicing.InvoiceRun;
import no.ledernett.invoicing.InvoiceRuns;
import no.ledernett.invoicing.InvoicingTexts;
import no.ledernett.platform.Rules;
import no.ledernett.platform.web.Bodies;
import no.ledernett.platform.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Monthly invoice runs for staff: propose, review, approve (numbers and checked EHF documents), discard, CSV for accounting. */
@ApplicationScoped
@Path("invoice-runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceRunsResource {

    @Inject
    InvoiceRuns runs;

    @Operation(summary = "List invoice runs",
            description = "Every monthly invoice run with its status (proposed, approved, discarded).")
    @GET
    public List<InvoicingJson.RunJson> runs() {
        return runs.runs().stream().map(r -> InvoicingJson.run(r, null)).toList();
    }

    @Operation(summary = "Propose an invoice run for a month",
            description = "Proposes one invoice per municipality from the hours logged in the month (yyyy-MM) and not yet billed. Answers 201 with the run and its invoices.")
    @POST
    public Response propose(InvoicingJson.MonthJson body, @Context UriInfo uri) {
        YearMonth month = Rules.checked(r -> {
            r.required("month", Bodies.required(body).month());
            return r.monthIfGiven("month", body.month(), InvoicingTexts.RULES, "month");
        });
        InvoiceRun run = runs.propose(month);
        return Response.created(uri.getBaseUriBuilder().path("invoice-runs").path(String.valueOf(run.getId())).build())
                .entity(InvoicingJson.run(run, runs.invoices(run.getId()))).build();
    }

    @Operation(summary = "Read an invoice run",
            description = "One run with its invoices, their lines, amounts and what is missing before it can be approved.")
    @GET
    @Path("{id}")
    public InvoicingJson.RunJson run(@PathParam("id") long id) {
        return InvoicingJson.run(runs.run(id), runs.invoices(id));
    }

    /** Approves the run as reviewed: numbers, EHF documents checked against the PEPPOL rules, locked. */
    @Operation(summary = "Approve an invoice run",
            description = "Approves the run: invoices get gapless numbers and an EHF document checked against the PEPPOL BIS Billing 3.0 rules, and are never changed after. Send the version you read.")
    @POST
    @Path("{id}/approval")
    public InvoicingJson.RunJson approve(@PathParam("id") long id, InvoicingJson.VersionJson body, @Context HttpHeaders headers) {
        long version = Versions.required(body == null ? null : body.version(), headers);
        runs.approve(id, version);
        return run(id);
    }

    @Operation(summary = "Discard a proposed invoice run",
            description = "Discards a run that is not approved; its hours can be billed again. Send ?version=. Answers 204.")
    @APIResponse(responseCode = "204", description = "Done; nothing to tell.")
    @DELETE
    @Path("{id}")
    public Response discard(@PathParam("id") long id, @QueryParam("version") Long version) {
        runs.discard(id, version);
        return Response.noContent().build();
    }

    @Operation(summary = "Download a run for accounting",
            description = "The run's invoices as CSV for the accounting system.")
    @GET
    @Path("{id}/csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") long id) {
        InvoiceRun run = runs.run(id);
        return Response.ok(runs.accountingCsv(id), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"fakturaer-" + run.getMonth() + ".csv\"").build();
    }
}
