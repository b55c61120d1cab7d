package no.ledernett.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class GroupsConfig {

    /** Adviser hours of preparation and follow-up per meeting, on top of the meeting itself. */
    @Inject
    @ConfigProperty(name = "ledernett.groups.preparation-hours", defaultValue = "1.0")
    double preparationHours;

    public double preparationHours() {
        return preparationHours;
    }
}
