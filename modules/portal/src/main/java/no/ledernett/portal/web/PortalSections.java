package no.ledernett.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import no.ledernett.platform.AdminSection;

/** The staff inbox of portal requests in the admin menu. */
@ApplicationScoped
public class PortalSections {

    static final String TEXTS = "no.ledernett.portal.web.Texts";

    @Produces
    AdminSection requests() {
        return new AdminSection(TEXTS, "inbox", "/admin/requests/index", "/admin/requests/", 12);
    }
}
