package no.ledernett.sessions.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import no.ledernett.platform.AdminSection;

/** The sessions module's places in the admin menu: meetings, and individual coaching. */
@ApplicationScoped
public class MeetingsSection {

    static final String TEXTS = "no.ledernett.sessions.web.Texts";

    @Produces
    AdminSection meetings() {
        return new AdminSection(TEXTS, "section", "/admin/meetings/index", "/admin/meetings/", 17);
    }

    @Produces
    AdminSection coaching() {
        return new AdminSection(TEXTS, "coaching.section", "/admin/coaching/index", "/admin/coaching/", 18);
    }
}
