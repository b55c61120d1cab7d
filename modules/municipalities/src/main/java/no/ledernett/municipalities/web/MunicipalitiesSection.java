package no.ledernett.municipalities.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import no.ledernett.platform.AdminSection;

@ApplicationScoped
public class MunicipalitiesSection {

    static final String TEXTS = "no.ledernett.municipalities.web.Texts";

    @Produces
    AdminSection section() {
        return new AdminSection(TEXTS, "section", "/admin/municipalities/index", "/admin/municipalities/", 10);
    }
}
