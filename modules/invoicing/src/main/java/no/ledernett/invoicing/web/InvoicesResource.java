package no.ledernett.invoicing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.ledernett.invoicing.Invoice;
import no.ledernett.invoicing.InvoiceRuns;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.web.Versions;

/** Invoices and credit notes for staff, as JSON and as EHF (UBL XML); handing one to an access point is left to a later SPI. */
@ApplicationScoped
@Path("invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoicesResource {

    @Inject
    InvoiceRuns runs;

    @GET
    @Path("{id}")
    public InvoicingJson.InvoiceJson invoice(@PathParam("id") long id) {
        return InvoicingJson.invoice(runs.invoice(id));
    }

    /** The EHF document as approved; a draft has none yet. */
    @GET
    @Path("{id}/ehf")
    @Produces(MediaType.APPLICATION_XML)
    public Response ehf(@PathParam("id") long id) {
        Invoice invoice = runs.invoice(id);
        if (invoice.getEhf() == null) {
            throw new NotFoundException("EHF", id);
        }
        String name = (invoice.getKind() == Invoice.Kind.CREDIT_NOTE ? "kreditnota-" : "faktura-") + invoice.getNumber() + ".xml";
        return Response.ok(invoice.getEhf(), "application/xml; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** The same invoice as a readable, tagged PDF; a draft has none. */
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        Invoice invoice = runs.invoice(id);
        byte[] pdf = runs.pdf(id).orElseThrow(() -> new NotFoundException("PDF", id));
        String name = (invoice.getKind() == Invoice.Kind.CREDIT_NOTE ? "kreditnota-" : "faktura-") + invoice.getNumber() + ".pdf";
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @POST
    @Path("{id}/credit-note")
    public Response credit(@PathParam("id") long id, InvoicingJson.VersionJson body, @Context HttpHeaders headers, @Context UriInfo uri) {
        long version = Versions.required(body == null ? null : body.version(), headers);
        Invoice note = runs.credit(id, version);
        return Response.created(uri.getBaseUriBuilder().path("invoices").path(String.valueOf(note.getId())).build()).entity(InvoicingJson.invoice(note)).build();
    }
}
