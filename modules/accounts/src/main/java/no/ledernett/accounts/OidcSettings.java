package no.ledernett.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OpenID Connect sign-in (Entra ID, Feide or another provider), off unless configured. Users still
 * come from our own table: the provider only vouches for an e-mail address.
 */
@ApplicationScoped
@jakarta.inject.Named
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "ledernett.oidc.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "ledernett.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "ledernett.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "ledernett.oidc.client-secret")
    Optional<String> clientSecret;

    /** What the button says: "Logg inn med {label}". */
    @Inject
    @ConfigProperty(name = "ledernett.oidc.label", defaultValue = "Microsoft Entra ID")
    String label;

    public boolean isEnabled() {
        return enabled && issuer.isPresent() && clientId.isPresent();
    }

    public String issuer() {
        return issuer.orElseThrow().replaceAll("/+$", "");
    }

    public String clientId() {
        return clientId.orElseThrow();
    }

    public String clientSecret() {
        return clientSecret.orElse("");
    }

    public String getLabel() {
        return label;
    }
}
