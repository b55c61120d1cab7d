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

    /** Scopes asked for; Feide needs its own ({@code openid email userid-feide}). */
    @Inject
    @ConfigProperty(name = "ledernett.oidc.scopes", defaultValue = "openid email profile")
    String scopes;

    /**
     * The ID token's claim that must be {@code true} before its e-mail is believed: {@code email_verified}
     * (the OpenID Connect standard claim), {@code xms_edov} for Microsoft Entra ID (its optional claim
     * "e-mail domain owner verified"), or {@code none} for a provider whose addresses come from the
     * organisation's own directory and which sends no such claim.
     */
    @Inject
    @ConfigProperty(name = "ledernett.oidc.email-verified-claim", defaultValue = "email_verified")
    String emailVerifiedClaim;

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

    public String scopes() {
        return scopes;
    }

    /** The claim that vouches for the e-mail address, or empty when the operator chose to trust the address as it is. */
    public Optional<String> emailVerifiedClaim() {
        String claim = emailVerifiedClaim.trim();
        return claim.isEmpty() || claim.equals("none") ? Optional.empty() : Optional.of(claim);
    }

    public String getLabel() {
        return label;
    }
}
