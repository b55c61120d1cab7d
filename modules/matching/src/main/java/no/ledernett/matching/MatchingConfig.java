package no.ledernett.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads {@link MatchingSettings} from MicroProfile Config; the defaults are documented in the README. */
@ApplicationScoped
public class MatchingConfig {

    @Inject
    @ConfigProperty(name = "ledernett.matching.weight.competence", defaultValue = "40")
    double competence;

    @Inject
    @ConfigProperty(name = "ledernett.matching.weight.capacity", defaultValue = "20")
    double capacity;

    @Inject
    @ConfigProperty(name = "ledernett.matching.weight.continuity", defaultValue = "15")
    double continuity;

    @Inject
    @ConfigProperty(name = "ledernett.matching.weight.distance", defaultValue = "15")
    double distance;

    @Inject
    @ConfigProperty(name = "ledernett.matching.weight.language", defaultValue = "10")
    double language;

    @Inject
    @ConfigProperty(name = "ledernett.matching.required-level", defaultValue = "2")
    int requiredLevel;

    @Inject
    @ConfigProperty(name = "ledernett.matching.max-away-share", defaultValue = "0.25")
    double maxAwayShare;

    @Inject
    @ConfigProperty(name = "ledernett.matching.time-limit-seconds", defaultValue = "10")
    double timeLimitSeconds;

    public MatchingSettings settings() {
        return new MatchingSettings(competence, capacity, continuity, distance, language, requiredLevel, maxAwayShare, timeLimitSeconds);
    }
}
