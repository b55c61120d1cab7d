package no.ledernett.invoicing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
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
import no.ledernett.invoicing.Invoice;
import no.ledernett.invoicing.InvoiceRuns;
import no.ledernett.invoicing.IssuedInvoice;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;
import no.ledernett.platform.web.Allowed;
import no.ledernett.platform.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Invoices and credit notes as JSON, as EHF (UBL XML) and as PDF: staff see every one, a
 * municipality's contact the ones issued to their own municipality (the service checks each one).
 * Handing one to an access point is left to a later SPI.
 */
@ApplicationScoped
@Path("invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoicesResource {

    @Inject
    InvoiceRuns runs;

    @Inject
    Provider<Viewer> viewer;

    /**
     * What has been issued to a municipality, newest first: a contact gets their own (and may leave
     * {@code municipality} out), staff name the municipality.
     */
    @Operation(summary = "List issued invoices",
            description = "Approved invoices and credit notes by municipality and year, paged. A contact sees only their own municipality's.")
    @GET
    @Allowed({Viewer.Role.STAFF, Viewer.Role.CONTACT})
    public Page<IssuedInvoice> issued(@QueryParam("municipality") String municipality, @QueryParam("year") Integer year,
                                      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Viewer who = viewer.get();
        String wanted = municipality != null || who.municipality() == null ? municipality : who.municipality();
        if (wanted == null || wanted.isBlank()) {
            throw new InvalidInputException(Violation.of("municipality", "required"));
        }
        if (year != null && (year < 2000 || year > 2999)) {
            throw new InvalidInputException(Violation.of("year", "range", (Object) "2000", "2999"));
        }
        return runs.issuedTo(wanted, year, PageRequest.of(page, size));
    }

    @Operation(summary = "Read an invoice",
            description = "One issued invoice or credit note with its lines, VAT and totals.")
    @GET
    @Path("{id}")
    @Allowed({Viewer.Role.STAFF, Viewer.Role.CONTACT})
    public InvoicingJson.InvoiceJson invoice(@PathParam("id") long id) {
        return InvoicingJson.invoice(runs.invoice(id));
    }

    /** The EHF document as approved; a draft has none yet. */
    @Operation(summary = "Download an invoice's EHF",
            description = "The invoice as EHF (PEPPOL BIS Billing 3.0 UBL XML), exactly as issued.")
    @GET
    @Path("{id}/ehf")
    @Produces(MediaType.APPLICATION_XML)
    @Allowed({Viewer.Role.STAFF, Viewer.Role.CONTACT})
    public Response ehf(@PathParam("id") long id) {
        Invoice invoice = runs.invoice(id);
        if (invoice.getEhf() == null) {
            throw new NotFoundException("EHF", id);
        }
        String name = (invoice.getKind() == Invoice.Kind.CREDIT_NOTE ? "kreditnota-" : "faktura-") + invoice.getNumber() + ".xml";
        return Response.ok(invoice.getEhf(), "application/xml; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** The same invoice as a readable, tagged PDF; a draft has none. */
    @Operation(summary = "Download an invoice as PDF",
            description = "The invoice as PDF.")
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Allowed({Viewer.Role.STAFF, Viewer.Role.CONTACT})
    public Response pdf(@PathParam("id") long id) {
        Invoice invoice = runs.invoice(id);
        byte[] pdf = runs.pdf(id).orElseThrow(() -> new NotFoundException("PDF", id));
        String name = (invoice.getKind() == Invoice.Kind.CREDIT_NOTE ? "kreditnota-" : "faktura-") + invoice.getNumber() + ".pdf";
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @Operation(summary = "Credit an invoice",
            description = "Issues a credit note that cancels the invoice in full and makes its hours billable again. Send the invoice's version. Answers 201 with the credit note.")
    @POST
    @Path("{id}/credit-note")
    public Response credit(@PathParam("id") long id, InvoicingJson.VersionJson body, @Context HttpHeaders headers, @Context UriInfo uri) {
        long version = Versions.required(body == null ? null : body.version(), headers);
        Invoice note = runs.credit(id, version);
        return Response.created(uri.getBaseUriBuilder().path("invoices").path(String.valueOf(note.getId())).build()).entity(InvoicingJson.invoice(note)).build();
    }
}
