package no.ledernett.invoicing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import no.ledernett.invoicing.InvoicingTexts;
import no.ledernett.platform.AdminSection;

/** Invoicing in the admin menu; /admin/* is for staff only (web.xml), so advisers never see it. */
@ApplicationScoped
public class InvoicingSection {

    @Produces
    AdminSection invoicing() {
        return new AdminSection(InvoicingTexts.TEXTS, "invoicing.section", "/admin/invoicing/index", "/admin/invoicing/", 40);
    }
}
