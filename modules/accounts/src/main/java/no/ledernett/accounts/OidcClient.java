package no.ledernett.accounts;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * The authorisation code flow against the configured provider: where to send the browser, the
 * code exchanged for an ID token, and the token verified (signature against the provider's
 * published keys, issuer, audience, expiry, nonce) before its e-mail is believed.
 */
@ApplicationScoped
public class OidcClient {

    @Inject
    OidcSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private volatile JsonObject discovery;

    public String authorizationUrl(String redirectUri, String state, String nonce) {
        return provider().getString("authorization_endpoint") + "?response_type=code&scope=" + encode("openid email profile")
                + "&client_id=" + encode(settings.clientId()) + "&redirect_uri=" + encode(redirectUri) + "&state=" + encode(state)
                + "&nonce=" + encode(nonce);
    }

    /** Exchanges the code and returns the e-mail address from the ID token, once verified. */
    public VerifiedEmail email(String code, String redirectUri, String nonce) throws Exception {
        String form = "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(redirectUri);
        String basic = Base64.getEncoder().encodeToString((encode(settings.clientId()) + ":" + encode(settings.clientSecret()))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(provider().getString("token_endpoint")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(15))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            throw new IllegalStateException("token endpoint answered " + token.statusCode());
        }
        String idToken = Json.createReader(new StringReader(token.body())).readObject().getString("id_token");
        JWKSet keys = JWKSet.parse(get(provider().getString("jwks_uri")));
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256, JWSAlgorithm.PS256),
                new ImmutableJWKSet<>(keys)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(settings.clientId(),
                new JWTClaimsSet.Builder().issuer(provider().getString("issuer")).claim("nonce", nonce).build(), Set.of("sub", "exp", "iat")));
        JWTClaimsSet claims = processor.process(idToken, null);
        String email = claims.getStringClaim("email");
        if (email == null) {
            email = claims.getStringClaim("preferred_username");
        }
        if (email == null || !email.contains("@")) {
            throw new IllegalStateException("the ID token names no e-mail address");
        }
        return new VerifiedEmail(email.toLowerCase(Locale.ROOT));
    }

    private JsonObject provider() {
        JsonObject known = discovery;
        if (known == null) {
            try {
                known = Json.createReader(new StringReader(get(settings.issuer() + "/.well-known/openid-configuration"))).readObject();
            } catch (Exception e) {
                throw new IllegalStateException("OpenID Connect discovery failed for " + settings.issuer(), e);
            }
            discovery = known;
        }
        return known;
    }

    private String get(String url) throws Exception {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(15)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + reply.statusCode());
        }
        return reply.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
