package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.TokenRequest;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Sign-in with the municipality's account against a real OpenID Connect provider in this JVM:
 * NAV's mock-oauth2-server on 127.0.0.1:3999, issuer {@code /ledernett} (failsafe gives Payara Micro
 * that issuer, modules/app/pom.xml). The test plays the browser through the authorisation code flow
 * with PKCE, redirect by redirect, and chooses per sign-in which e-mail the provider vouches for.
 */
@ExtendWith(ArquillianExtension.class)
class OidcSignInIT {

    static final String ISSUER_ID = "ledernett";
    static final String CLIENT_ID = "ledernett";
    static final String ISSUER = "http://127.0.0.1:3999/" + ISSUER_ID;
    static final String BODO_CONTACT = "marit.johansen@bodo.kommune.no";

    static MockOAuth2Server provider;
    static final Vouches VOUCHES = new Vouches();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startProvider() throws Exception {
        // No login form (interactive login off): the provider answers every authorisation request with a code at once.
        provider = new MockOAuth2Server(new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(), Set.of(VOUCHES)));
        provider.start(InetAddress.getByName("127.0.0.1"), 3999);
    }

    @BeforeEach
    void nobodyYet() {
        VOUCHES.nobody();
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.shutdown();
        }
    }

    @Test
    void staff_sign_in_with_the_municipality_account_and_land_on_the_admin_start_page() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        Flow flow = browser.start();
        // PKCE with S256: a challenge goes to the provider, never the verifier.
        assertEquals("S256", flow.query.get("code_challenge_method"), flow.authorize);
        assertEquals(43, flow.query.get("code_challenge").length(), flow.authorize);
        assertFalse(flow.authorize.contains("code_verifier"), flow.authorize);
        assertEquals(CLIENT_ID, flow.query.get("client_id"));
        assertTrue(flow.query.get("scope").contains("openid") && flow.query.get("scope").contains("email"), flow.authorize);

        String landed = browser.finish(flow, Api.STAFF, true);
        assertTrue(landed.endsWith("/admin/index.xhtml"), landed);
        assertEquals(200, browser.get(landed).statusCode(), "the admin start page opens");
        String me = browser.me();
        assertTrue(me.contains("\"email\":\"" + Api.STAFF + "\"") && me.contains("\"role\":\"staff\""), me);
    }

    @Test
    void a_contact_lands_on_the_portal_start_page() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        String landed = browser.finish(browser.start(), BODO_CONTACT, true);
        assertTrue(landed.endsWith("/portal/index.xhtml"), landed);
        assertEquals(200, browser.get(landed).statusCode(), "the portal start page opens");
        String me = browser.me();
        assertTrue(me.contains("\"role\":\"contact\"") && me.contains("\"municipality\":\"1804\""), me);
    }

    @Test
    void an_address_only_the_userinfo_endpoint_names_is_taken_from_there() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        Flow flow = browser.start();
        VOUCHES.vouchInUserinfo(BODO_CONTACT);
        URI callback = browser.authorize(flow.authorize);
        String landed = browser.redirectOf(browser.get(callback.toString()));
        assertTrue(landed.endsWith("/portal/index.xhtml"), landed);
        assertTrue(browser.me().contains("\"email\":\"" + BODO_CONTACT + "\""));
    }

    @Test
    void an_address_nobody_here_has_is_refused_with_a_page_that_says_so() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        String landed = browser.finish(browser.start(), "nobody." + System.nanoTime() + "@example.org", true);
        assertTrue(landed.endsWith("/login.xhtml?oidc=unknown"), landed);
        HttpResponse<String> page = browser.get(landed);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("e-postadressen din er ikke registrert hos oss"), page.body());
        assertEquals(401, browser.meStatus(), "not signed in");
    }

    @Test
    void an_address_the_provider_has_not_verified_is_refused_with_a_page_that_says_so() throws Exception {
        long refusals = refusalsOfStaff();
        HttpBrowser browser = new HttpBrowser();
        String landed = browser.finish(browser.start(), Api.STAFF, false);
        assertTrue(landed.endsWith("/login.xhtml?oidc=unverified"), landed);
        HttpResponse<String> page = browser.get(landed);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("har ikke bekreftet e-postadressen din"), page.body());
        assertEquals(401, browser.meStatus(), "not signed in");

        assertEquals(refusals + 1, refusalsOfStaff(), "the refusal is in the audit log");

        // No email_verified claim at all is no better than false.
        String without = browser.finish(browser.start(), Api.STAFF, null);
        assertTrue(without.endsWith("/login.xhtml?oidc=unverified"), without);
        assertEquals(401, browser.meStatus(), "not signed in");
    }

    @Test
    void a_tampered_or_replayed_state_is_refused() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        Flow flow = browser.start();
        URI callback = browser.authorize(flow.authorize);
        String tampered = swapped(callback.toString(), "state", flow.query.get("state").substring(1) + "x");
        // The provider would vouch for staff: only the state check stands in the way.
        VOUCHES.vouch(Api.STAFF, true);
        String refused = browser.redirectOf(browser.get(tampered));
        assertTrue(refused.endsWith("/login.xhtml?oidc=failed"), refused);
        assertTrue(browser.get(refused).body().contains("Innloggingen hos identitetsleverandøren lyktes ikke"));
        assertEquals(401, browser.meStatus(), "not signed in");

        // The genuine answer works once; the same answer again is refused.
        String landed = browser.finish(flow, callback, Api.STAFF, true);
        assertTrue(landed.endsWith("/admin/index.xhtml"), landed);
        assertTrue(browser.redirectOf(browser.get(callback.toString())).endsWith("/login.xhtml?oidc=failed"), "the same answer twice");
        HttpBrowser other = new HttpBrowser();
        other.start();
        String replayed = other.redirectOf(other.get(callback.toString()));
        assertTrue(replayed.endsWith("/login.xhtml?oidc=failed"), replayed);
        assertEquals(401, other.meStatus(), "a replayed answer signs nobody in");
    }

    @Test
    void a_code_whose_verifier_does_not_match_the_challenge_is_refused_by_the_provider() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        Flow flow = browser.start();
        // The browser swaps the challenge on the way (as an attacker who injects a stolen code would have
        // to): the provider then refuses the verifier Ledernett sends, so the code is worth nothing without it.
        String authorize = swapped(flow.authorize, "code_challenge", s256(java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID()));
        String landed = browser.finish(flow, browser.authorize(authorize), Api.STAFF, true);
        assertTrue(landed.endsWith("/login.xhtml?oidc=failed"), landed);
        assertEquals(401, browser.meStatus(), "not signed in");
    }

    @Test
    void signing_out_ends_the_session_here_and_at_the_provider() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        String landed = browser.finish(browser.start(), Api.STAFF, true);
        HttpResponse<String> start = browser.get(landed);
        FacesSession.Form signedIn = new FacesSession(base).form(start.body(), "signedIn");
        Map<String, String> fields = new LinkedHashMap<>(signedIn.fields());
        fields.put("signedIn:signOut", "x");
        String next = browser.redirectOf(browser.post(signedIn.action(), fields));
        assertTrue(next.endsWith("/oidc/end-session"), next);
        assertEquals(401, browser.meStatus(), "signed out here at once");

        HttpResponse<String> onTheWay = browser.get(next);
        assertEquals(200, onTheWay.statusCode());
        assertEquals("no-store", onTheWay.headers().firstValue("Cache-Control").orElse(""), "the page carries the ID token");
        assertTrue(onTheWay.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        Matcher refresh = Pattern.compile("http-equiv=\"refresh\" content=\"0;url=([^\"]+)\"").matcher(onTheWay.body());
        assertTrue(refresh.find(), onTheWay.body());
        String endSession = refresh.group(1).replace("&amp;", "&");
        assertTrue(endSession.startsWith(ISSUER + "/endsession?"), endSession);
        Map<String, String> query = Flow.query(endSession);
        assertTrue(query.get("post_logout_redirect_uri").endsWith("/oidc/signed-out"), endSession);
        assertTrue(query.get("id_token_hint").split("\\.").length == 3, "the ID token as the hint");
        assertTrue(onTheWay.body().contains(">Fortsett til utlogging hos "), onTheWay.body());
        // The page sends the browser there once: a second visit goes to the sign-in page.
        assertTrue(browser.redirectOf(browser.get(next)).endsWith("/login.xhtml?signedOut=true"));

        String back = browser.redirectOf(browser.get(endSession));
        assertTrue(back.startsWith(query.get("post_logout_redirect_uri")), back);
        String signedOut = browser.redirectOf(browser.get(back));
        assertTrue(signedOut.endsWith("/login.xhtml?signedOut=true"), signedOut);
        assertTrue(browser.get(signedOut).body().contains("Du er logget ut."));

        String admin = browser.redirectOf(browser.get(base + "admin/index.xhtml"));
        assertTrue(admin.contains("/login.xhtml?next="), "an admin page asks for sign-in again: " + admin);
    }

    /**
     * Whom the provider's next ID tokens are for, as each test chooses (the provider's own queue of
     * callbacks would hand one test's identity to the next when a test fails half-way).
     */
    static final class Vouches implements OAuth2TokenCallback {

        private volatile DefaultOAuth2TokenCallback current;
        /** Set: the next ID token leaves the e-mail out, and only the access token (so the userinfo endpoint) has it. */
        private final AtomicBoolean onlyInUserinfo = new AtomicBoolean();

        /** As Feide does: a minimal ID token, the e-mail from the userinfo endpoint. */
        void vouchInUserinfo(String email) {
            vouch(email, true);
            onlyInUserinfo.set(true);
        }

        void vouch(String email, Boolean verified) {
            onlyInUserinfo.set(false);
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("email", email);
            if (verified != null) {
                claims.put("email_verified", verified);
            }
            current = new DefaultOAuth2TokenCallback(ISSUER_ID, "sub-" + email, "JWT", List.of(CLIENT_ID), claims, 3600);
        }

        /** Tokens without an e-mail: nobody Ledernett would sign in. */
        void nobody() {
            onlyInUserinfo.set(false);
            current = new DefaultOAuth2TokenCallback(ISSUER_ID, "nobody", "JWT", List.of(CLIENT_ID), Map.of(), 3600);
        }

        @Override
        public String issuerId() {
            return ISSUER_ID;
        }

        @Override
        public String subject(TokenRequest request) {
            return current.subject(request);
        }

        @Override
        public String typeHeader(TokenRequest request) {
            return current.typeHeader(request);
        }

        @Override
        public List<String> audience(TokenRequest request) {
            return current.audience(request);
        }

        @Override
        public Map<String, Object> addClaims(TokenRequest request) {
            // mock-oauth2-server makes the ID token first, then the access token, each asking for the claims.
            if (onlyInUserinfo.compareAndSet(true, false)) {
                Map<String, Object> minimal = new LinkedHashMap<>(current.addClaims(request));
                minimal.remove("email");
                minimal.remove("email_verified");
                return minimal;
            }
            return current.addClaims(request);
        }

        @Override
        public long tokenExpiry() {
            return current.tokenExpiry();
        }
    }

    private long refusalsOfStaff() {
        return new Api(base).get("api/audit?who=" + Api.STAFF + "&action=sign-in.failed&size=1").expect(200).object().getJsonNumber("total").longValue();
    }

    /** The address with one query parameter's value replaced, as a browser in the middle could. */
    static String swapped(String url, String name, String value) {
        String swapped = url.replaceFirst("([?&]" + name + "=)[^&]*", "$1" + Matcher.quoteReplacement(value));
        assertFalse(swapped.equals(url), name + " was changed");
        return swapped;
    }

    @Test
    void in_chromium_the_button_signs_in_and_signing_out_passes_the_provider() throws Exception {
        VOUCHES.vouch(Api.STAFF, true);
        try (Browser chromium = new Browser()) {
            chromium.driver.get(base + "login.xhtml");
            chromium.click(By.id("oidc"));
            chromium.waitSaying(() -> "at the admin start page, not " + chromium.driver.getCurrentUrl())
                    .until(d -> d.getCurrentUrl().endsWith("/admin/index.xhtml"));
            // The sign-out form posts to Ledernett (form-action 'self'); the way on to the provider and back must not stop on the CSP.
            chromium.click(By.id("signedIn:signOut"));
            chromium.waitSaying(() -> "back from the provider on the sign-in page, not " + chromium.driver.getCurrentUrl())
                    .until(d -> d.getCurrentUrl().endsWith("/login.xhtml?signedOut=true"));
            assertTrue(chromium.driver.getPageSource().contains("Du er logget ut."));
            chromium.driver.get(base + "admin/index.xhtml");
            assertTrue(chromium.driver.getCurrentUrl().contains("/login.xhtml?next="), chromium.driver.getCurrentUrl());
        }
    }

    static String s256(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A sign-in under way: the provider's authorisation address Ledernett sent the browser to, and its parameters. */
    record Flow(String authorize, Map<String, String> query) {

        static Map<String, String> query(String url) {
            Map<String, String> query = new LinkedHashMap<>();
            for (String pair : URI.create(url).getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
            return query;
        }
    }

    /** A cookie jar that follows no redirect by itself, so each step can be checked. */
    final class HttpBrowser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        /** Ledernett's "Logg inn med …" link: returns where it sends the browser. */
        Flow start() throws Exception {
            String authorize = redirectOf(get(base + "oidc/start"));
            assertTrue(authorize.startsWith(ISSUER + "/authorize?"), authorize);
            return new Flow(authorize, Flow.query(authorize));
        }

        /** The provider's answer (no login form here): where it sends the browser back, code and state included. */
        URI authorize(String authorize) throws Exception {
            URI callback = URI.create(redirectOf(get(authorize)));
            assertTrue(callback.toString().contains("code="), callback.toString());
            return callback;
        }

        String finish(Flow flow, String email, Boolean verified) throws Exception {
            return finish(flow, authorize(flow.authorize), email, verified);
        }

        /** Tells the provider whom it vouches for in the ID token it is about to issue, then lets Ledernett take the answer. */
        String finish(Flow flow, URI callback, String email, Boolean verified) throws Exception {
            VOUCHES.vouch(email, verified);
            assertTrue(callback.toString().startsWith(flow.query.get("redirect_uri") + "?"), callback.toString());
            return redirectOf(get(callback.toString()));
        }

        HttpResponse<String> get(String url) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(url)).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String action, Map<String, String> fields) throws Exception {
            StringBuilder body = new StringBuilder();
            fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(action)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }

        String redirectOf(HttpResponse<String> reply) {
            assertEquals(302, reply.statusCode(), () -> reply.uri() + ": " + reply.body());
            return URI.create(reply.uri().toString()).resolve(reply.headers().firstValue("Location").orElseThrow()).toString();
        }

        String me() throws Exception {
            HttpResponse<String> me = api();
            assertEquals(200, me.statusCode(), me.body());
            return me.body().replace(" ", "");
        }

        int meStatus() throws Exception {
            return api().statusCode();
        }

        private HttpResponse<String> api() throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + "api/me")).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
