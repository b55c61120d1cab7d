package no.ledernett.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import no.ledernett.platform.AdminSection;

/** The accounts module's place in the admin menu. */
@ApplicationScoped
public class UsersSection {

    @Produces
    AdminSection users() {
        return new AdminSection(AccountTexts.BUNDLE, "section", "/admin/users/index", "/admin/users/", 40);
    }
}
