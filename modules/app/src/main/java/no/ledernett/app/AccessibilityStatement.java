package no.ledernett.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the accessibility statement page needs from configuration: where people report a problem. */
@Named
@ApplicationScoped
public class AccessibilityStatement {

    @Inject
    @ConfigProperty(name = "ledernett.accessibility.contact", defaultValue = "tilgjengelighet@ledernett.no")
    String contact;

    public String getContact() {
        return contact;
    }
}
