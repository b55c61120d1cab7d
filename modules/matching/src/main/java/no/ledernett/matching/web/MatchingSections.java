package no.ledernett.matching.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import no.ledernett.platform.AdminSection;

/** The matching module's places in the admin menu. */
@ApplicationScoped
public class MatchingSections {

    static final String TEXTS = "no.ledernett.matching.web.Texts";

    @Produces
    AdminSection advisers() {
        return new AdminSection(TEXTS, "section", "/admin/advisers/index", "/admin/advisers/", 20);
    }

    @Produces
    AdminSection proposals() {
        return new AdminSection(TEXTS, "proposals", "/admin/proposals/index", "/admin/proposals/", 30);
    }
}
