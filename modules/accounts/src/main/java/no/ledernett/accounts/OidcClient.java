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
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The authorisation code flow with PKCE against the configured provider: where to send the browser
 * (with a code challenge, S256), the code exchanged for an ID token together with the code verifier,
 * and the token verified (signature against the provider's published keys, issuer, audience,
 * expiry, nonce) and its e-mail believed only when the provider says it is verified. Also where to
 * send the browser to sign out at the provider, when it offers that.
 */
@ApplicationScoped
public class OidcClient {

    /** What a verified ID token said: the address it vouches for, and the token itself (the hint for signing out at the provider). */
    public record SignIn(VerifiedEmail email, String idToken) {
    }

    /** The ID token was genuine but did not vouch for its e-mail address (no verified-claim, or false). */
    public static final class UnverifiedEmail extends Exception {

        private static final long serialVersionUID = 1L;

        private final String email;

        UnverifiedEmail(String email, String message) {
            super(message);
            this.email = email;
        }

        /** The address the provider named without vouching for it. */
        public String email() {
            return email;
        }
    }

    @Inject
    OidcSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private volatile JsonObject discovery;

    public String authorizationUrl(String redirectUri, String state, String nonce, String codeVerifier) {
        return withQuery(provider().getString("authorization_endpoint"), "response_type=code&scope=" + encode(settings.scopes())
                + "&client_id=" + encode(settings.clientId()) + "&redirect_uri=" + encode(redirectUri) + "&state=" + encode(state)
                + "&nonce=" + encode(nonce) + "&code_challenge=" + codeChallenge(codeVerifier) + "&code_challenge_method=S256");
    }

    /** PKCE's S256 method (RFC 7636 4.2): the verifier's SHA-256, base64url without padding. */
    static String codeChallenge(String codeVerifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Exchanges the code (with the PKCE verifier) and returns the e-mail address from the ID token, once verified. */
    public SignIn signIn(String code, String redirectUri, String nonce, String codeVerifier) throws Exception {
        String form = "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(redirectUri)
                + "&code_verifier=" + encode(codeVerifier);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(provider().getString("token_endpoint")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json").timeout(Duration.ofSeconds(15));
        if (settings.clientSecret().isEmpty()) {
            // A public client: PKCE alone binds the code to this browser's sign-in.
            form += "&client_id=" + encode(settings.clientId());
        } else {
            String basic = Base64.getEncoder().encodeToString((encode(settings.clientId()) + ":" + encode(settings.clientSecret()))
                    .getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
        HttpResponse<String> token = http.send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            String answer = token.body().replaceAll("\\s+", " ");
            throw new IllegalStateException("token endpoint answered " + token.statusCode() + ": " + answer.substring(0, Math.min(300, answer.length())));
        }
        JsonObject tokens = Json.createReader(new StringReader(token.body())).readObject();
        String idToken = tokens.getString("id_token");
        JWKSet keys = JWKSet.parse(get(provider().getString("jwks_uri")));
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256, JWSAlgorithm.PS256),
                new ImmutableJWKSet<>(keys)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(settings.clientId(),
                new JWTClaimsSet.Builder().issuer(provider().getString("issuer")).claim("nonce", nonce).build(), Set.of("sub", "exp", "iat")));
        JWTClaimsSet claims = processor.process(idToken, null);
        Map<String, Object> about = claims.getClaims();
        String source = "the ID token";
        if (!(about.get("email") instanceof String) && provider().containsKey("userinfo_endpoint")) {
            // Feide, for one, keeps its ID tokens minimal: name and e-mail come from the userinfo endpoint.
            about = userInfo(tokens.getString("access_token", ""), claims.getSubject());
            source = "the userinfo endpoint";
        }
        String email = about.get("email") instanceof String text ? text.trim() : null;
        if (email == null || !email.contains("@")) {
            throw new IllegalStateException(source + " names no e-mail address");
        }
        if (settings.emailVerifiedClaim().isPresent() && !isTrue(about.get(settings.emailVerifiedClaim().get()))) {
            throw new UnverifiedEmail(email.toLowerCase(Locale.ROOT), source + " does not say " + email + " is verified (" + settings.emailVerifiedClaim().get() + ")");
        }
        return new SignIn(new VerifiedEmail(email.toLowerCase(Locale.ROOT)), idToken);
    }

    /** The userinfo answer's claims, only when it is about the same subject as the verified ID token (OpenID Connect Core 5.3.2). */
    private Map<String, Object> userInfo(String accessToken, String subject) throws Exception {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(provider().getString("userinfo_endpoint")))
                .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json").timeout(Duration.ofSeconds(15)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("userinfo endpoint answered " + reply.statusCode());
        }
        JsonObject info = Json.createReader(new StringReader(reply.body())).readObject();
        if (subject == null || !subject.equals(info.getString("sub", null))) {
            throw new IllegalStateException("the userinfo endpoint speaks of another subject than the ID token");
        }
        Map<String, Object> claims = new HashMap<>();
        if (info.get("email") instanceof JsonString email) {
            claims.put("email", email.getString());
        }
        settings.emailVerifiedClaim().filter(info::containsKey).ifPresent(claim -> claims.put(claim, switch (info.get(claim).getValueType()) {
            case TRUE -> Boolean.TRUE;
            case STRING -> info.getString(claim);
            default -> Boolean.FALSE;
        }));
        return claims;
    }

    /** Some providers send the flag as a string. */
    private static boolean isTrue(Object claim) {
        return Boolean.TRUE.equals(claim) || (claim instanceof String text && text.equalsIgnoreCase("true"));
    }

    /**
     * Where to send the browser to end the session at the provider too (RP-initiated logout), when
     * its discovery document names an end-session endpoint; empty otherwise or when it cannot be reached.
     */
    public Optional<String> endSessionUrl(String idToken, String postLogoutRedirectUri) {
        JsonObject known;
        try {
            known = provider();
        } catch (IllegalStateException unreachable) {
            return Optional.empty();
        }
        if (!known.containsKey("end_session_endpoint") || known.isNull("end_session_endpoint")) {
            return Optional.empty();
        }
        return Optional.of(withQuery(known.getString("end_session_endpoint"), "client_id=" + encode(settings.clientId())
                + (idToken == null ? "" : "&id_token_hint=" + encode(idToken)) + "&post_logout_redirect_uri=" + encode(postLogoutRedirectUri)));
    }

    private static String withQuery(String endpoint, String query) {
        return endpoint + (endpoint.contains("?") ? "&" : "?") + query;
    }

    private JsonObject provider() {
        JsonObject known = discovery;
        if (known == null) {
            try {
                known = Json.createReader(new StringReader(get(settings.issuer() + "/.well-known/openid-configuration"))).readObject();
            } catch (Exception e) {
                throw new IllegalStateException("OpenID Connect discovery failed for " + settings.issuer(), e);
            }
            // OpenID Connect Discovery 1.0, 4.3: the document must name the issuer it was fetched for.
            if (!settings.issuer().equals(known.getString("issuer", "").replaceAll("/+$", ""))) {
                throw new IllegalStateException("OpenID Connect discovery at " + settings.issuer() + " names another issuer: " + known.getString("issuer", ""));
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
