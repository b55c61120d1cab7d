package no.ledernett.groups.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import no.ledernett.platform.AdminSection;

/** The groups module's places in the admin menu. */
@ApplicationScoped
public class GroupsSections {

    static final String TEXTS = "no.ledernett.groups.web.Texts";

    @Produces
    AdminSection groups() {
        return new AdminSection(TEXTS, "section", "/admin/groups/index", "/admin/groups/", 15);
    }
}
