package no.ledernett.invoicing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import no.ledernett.invoicing.Billing;
import no.ledernett.invoicing.BillingTermsInput;
import no.ledernett.invoicing.BillingTermsView;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.web.Bodies;
import no.ledernett.platform.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An engagement's billing terms, for staff (the default for an endpoint that opens itself to no one else). */
@ApplicationScoped
@Path("billing-terms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BillingTermsResource {

    @Inject
    Billing billing;

    @Operation(summary = "Read an engagement's billing terms",
            description = "How an engagement is invoiced: hourly rate or fixed monthly price, the buyer's reference and organisation number, VAT. 404 while none are set.")
    @GET
    @Path("{engagementId}")
    public BillingTermsView terms(@PathParam("engagementId") long engagementId) {
        return billing.terms(engagementId).orElseThrow(() -> new NotFoundException("BillingTerms", engagementId));
    }

    /** Sets an engagement's terms; a change names the version it is based on (body or If-Match), the first setting needs none. */
    @Operation(summary = "Set an engagement's billing terms",
            description = "Sets the billing terms; the first time without a version, later with the version you read.")
    @PUT
    @Path("{engagementId}")
    public BillingTermsView setTerms(@PathParam("engagementId") long engagementId, BillingTermsInput input, @Context HttpHeaders headers) {
        BillingTermsInput given = Bodies.required(input);
        Long version = given.version() != null || headers.getHeaderString(HttpHeaders.IF_MATCH) != null ? Versions.required(given.version(), headers) : null;
        return billing.set(engagementId, given.withVersion(version));
    }
}
