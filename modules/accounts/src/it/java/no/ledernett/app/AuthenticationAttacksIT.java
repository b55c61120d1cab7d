package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Attacks on sign-in and sessions (issue 19, findings 4, 5, 6, 7 and 12), made as an attacker
 * would: sessions that outlive a disabled account or a changed password or role, a cross-site
 * language switch and its redirect, locking another person out and telling accounts apart, flooding
 * a mailbox with reset links, and an Authorization header that switched off the origin check.
 * Clients at other addresses are played with X-Forwarded-For, which the tests' configuration
 * believes from this machine's own addresses, as it would from nginx ({@code trusted-proxies=local}).
 */
@ExtendWith(ArquillianExtension.class)
class AuthenticationAttacksIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    private static final String EVIL = "http://evil.example";
    private static final String RESET_SUBJECT = "Nytt passord til Ledernett";
    private static final Pattern LINK = Pattern.compile("password\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    /** A browser without JavaScript: cookies kept, redirects not followed, every request sent from our own pages unless told otherwise. */
    final class Browser {

        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> get(String path, String... headers) {
            return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
        }

        HttpResponse<String> post(String path, String contentType, String body, String... headers) {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)), headers);
        }

        private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            try {
                return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException("request failed: " + e, e);
            }
        }

        /** Signs in on the sign-in page as a person does; the session cookie is then what authenticates. */
        Browser signIn(String email, String password) {
            String page = get("login.xhtml").body();
            Matcher state = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page);
            assertTrue(state.find(), "the sign-in form has a view state");
            String form = "signIn=signIn&signIn%3Aemail=" + enc(email) + "&signIn%3Apassword=" + enc(password) + "&signIn%3Asubmit=x"
                    + "&jakarta.faces.ViewState=" + enc(state.group(1));
            HttpResponse<String> reply = post("login.xhtml", "application/x-www-form-urlencoded", form, "Origin", origin());
            assertEquals(302, reply.statusCode(), () -> "signed in as " + email + ": " + reply.body());
            assertFalse(reply.headers().firstValue("Location").orElse("").contains("login.xhtml"));
            return this;
        }

        /** Who the session says is asking: 200 with the user, or 401. */
        HttpResponse<String> me() {
            return get("api/me", "Accept", "application/json");
        }
    }

    private URI uri(String path) {
        return URI.create(base.toString().endsWith("/") ? base.toString() : base + "/").resolve(path);
    }

    private String origin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonObject json(String body) {
        return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
    }

    /** A new staff user with a password of their own, through the invitation mail. */
    private long newStaffUser(String email) throws InterruptedException {
        long id = new Api(base).post("api/users", """
                {"email":"%s","name":"Angrepet Person","role":"STAFF"}""".formatted(email)).expect(201).object().getJsonNumber("id").longValue();
        TestAccounts.choosePassword(base, MAIL, email);
        return id;
    }

    private static List<MimeMessage> mailTo(String email) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(email);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** The token of the n-th mail to this address, waiting up to 30 s for it. */
    private static String tokenOfMail(String email, int n) throws InterruptedException {
        for (int i = 0; i < 150 && mailTo(email).size() < n; i++) {
            Thread.sleep(200);
        }
        List<MimeMessage> mails = mailTo(email);
        assertTrue(mails.size() >= n, "mail number " + n + " to " + email);
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mails.get(n - 1)).replace("=\r\n", "").replace("=3D", "="));
        assertTrue(link.find(), "a link in the mail");
        return link.group(1);
    }

    private Api.Reply basicFrom(String client, String email, String password) {
        return new Api(base, email, password).request("GET", "api/me", null, null, "X-Forwarded-For", client);
    }

    // Finding 4

    @Test
    void disabling_a_user_ends_their_browser_session_and_their_remembered_api_credentials_at_once() throws Exception {
        String email = "disabled." + System.nanoTime() + "@ledernett.no";
        long id = newStaffUser(email);
        Browser browser = new Browser().signIn(email, TestAccounts.PASSWORD);
        Api client = new Api(base, email, TestAccounts.PASSWORD);
        assertEquals(200, browser.me().statusCode());
        client.get("api/me").expect(200);
        client.get("api/users").expect(200); // the credentials are now remembered for a minute

        new Api(base).post("api/users/" + id + "/disable", "{}").expect(200);

        assertEquals(401, browser.me().statusCode(), "the browser session is over");
        assertTrue(browser.get("admin/index.xhtml").headers().firstValue("Location").orElse("").contains("login.xhtml"), "screens send it to sign-in");
        client.get("api/me").expect(401);
        client.get("api/users").expect(401);

        // Enabling the account again does not bring the old session back.
        new Api(base).post("api/users/" + id + "/enable", "{}").expect(200);
        assertEquals(401, browser.me().statusCode());
        client.get("api/me").expect(200);
    }

    @Test
    void a_password_reset_through_the_one_time_link_ends_every_session_of_the_user() throws Exception {
        String email = "reset." + System.nanoTime() + "@ledernett.no";
        newStaffUser(email);
        Browser browser = new Browser().signIn(email, TestAccounts.PASSWORD);
        Api oldPassword = new Api(base, email, TestAccounts.PASSWORD);
        oldPassword.get("api/me").expect(200);
        assertEquals(200, browser.me().statusCode());

        Api.anonymous(base).request("POST", "api/password/reset", "application/json", "{\"email\":\"" + email + "\"}",
                "X-Forwarded-For", "203.0.113.44").expect(202);
        String token = tokenOfMail(email, 2);
        String next = "et helt nytt passord etter lenken";
        Api.anonymous(base).post("api/password", """
                {"token":"%s","password":"%s","repeated":"%s"}""".formatted(token, next, next)).expect(204);

        assertEquals(401, browser.me().statusCode(), "the browser session is over");
        oldPassword.get("api/me").expect(401);
        assertEquals(email, new Api(base, email, next).get("api/me").expect(200).object().getString("email"));
    }

    @Test
    void a_new_role_ends_the_session_and_remembered_credentials_carry_the_old_role_no_more() throws Exception {
        String email = "role." + System.nanoTime() + "@ledernett.no";
        long id = newStaffUser(email);
        Browser browser = new Browser().signIn(email, TestAccounts.PASSWORD);
        Api client = new Api(base, email, TestAccounts.PASSWORD);
        client.get("api/users").expect(200);
        assertEquals(200, browser.get("admin/users/index.xhtml").statusCode());

        new Api(base).post("api/users/" + id + "/role", "{\"role\":\"CONTACT\",\"municipality\":\"4601\"}").expect(200);

        assertEquals(401, browser.me().statusCode(), "the browser session is over");
        assertNotEquals(200, browser.get("admin/users/index.xhtml").statusCode(), "no staff screen on the old session");
        JsonObject me = client.get("api/me").expect(200).object();
        assertEquals("contact", me.getString("role"), "the API client is what the account is now");
        assertEquals("4601", me.getString("municipality"));
        client.get("api/users").expect(403);
    }

    // Finding 5

    @Test
    void another_site_cannot_switch_a_signed_in_accounts_language() {
        Browser browser = new Browser().signIn("ingrid.solheim@bergen.kommune.no", Api.PASSWORD);
        String before = lang(browser.get("portal/index.xhtml").body());
        String other = "en".equals(before) ? "nn" : "en";

        HttpResponse<String> forged = browser.post("language", "application/x-www-form-urlencoded", "language=" + other + "&back=/portal/index.xhtml",
                "Origin", EVIL);
        assertEquals(403, forged.statusCode());
        assertEquals(before, lang(browser.get("portal/index.xhtml").body()), "the session's language is unchanged");
        Browser elsewhere = new Browser().signIn("ingrid.solheim@bergen.kommune.no", Api.PASSWORD);
        assertEquals(before, lang(elsewhere.get("portal/index.xhtml").body()), "the account's language is unchanged");

        HttpResponse<String> noOrigin = browser.post("language", "application/x-www-form-urlencoded", "language=" + other + "&back=/");
        assertEquals(403, noOrigin.statusCode(), "a post that names no origin at all is refused too");
    }

    @Test
    void the_language_switch_sends_nobody_to_another_site() {
        Browser browser = new Browser();
        for (String back : List.of("/%09/evil.example", "/\t/evil.example", "//evil.example", "/\\evil.example", "https://evil.example/",
                "/%2F%2Fevil.example", "/a/..//evil.example")) {
            HttpResponse<String> reply = browser.post("language", "application/x-www-form-urlencoded", "language=en&back=" + enc(back), "Origin", origin());
            assertEquals(303, reply.statusCode(), back);
            String location = reply.headers().firstValue("Location").orElseThrow();
            URI resolved = uri("language").resolve(location.replace("\t", "%09"));
            assertEquals(base.getHost(), resolved.getHost(), back + " -> " + location);
            assertFalse(location.contains("evil.example"), back + " -> " + location);
        }
        HttpResponse<String> fine = browser.post("language", "application/x-www-form-urlencoded", "language=en&back=" + enc("/portal/index.xhtml"),
                "Origin", origin());
        assertTrue(fine.headers().firstValue("Location").orElseThrow().endsWith("/portal/index.xhtml"));
    }

    private static String lang(String page) {
        Matcher m = Pattern.compile("<html[^>]*\\slang=\"([a-z]+)\"").matcher(page);
        assertTrue(m.find(), "a lang attribute");
        return m.group(1);
    }

    // Finding 6

    @Test
    void an_attacker_guessing_from_one_address_cannot_lock_the_owner_out_from_another() {
        String owner = "marit.johansen@bodo.kommune.no";
        Api.Reply last = null;
        for (int i = 0; i < 12; i++) {
            last = basicFrom("198.51.100.66", owner, "gjetning " + i);
        }
        assertEquals(429, last.status(), "the guessing client waits");
        assertEquals(429, basicFrom("198.51.100.66", owner, Api.PASSWORD).status(), "even with the right password, while it waits");
        assertEquals(owner, basicFrom("203.0.113.5", owner, Api.PASSWORD).expect(200).object().getString("email"), "the owner is not locked out");

        // The sign-in page as well: the owner's browser elsewhere signs in.
        Browser ownersBrowser = new Browser();
        String page = ownersBrowser.get("login.xhtml", "X-Forwarded-For", "203.0.113.6").body();
        Matcher state = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page);
        assertTrue(state.find());
        HttpResponse<String> signedIn = ownersBrowser.post("login.xhtml", "application/x-www-form-urlencoded",
                "signIn=signIn&signIn%3Aemail=" + enc(owner) + "&signIn%3Apassword=" + enc(Api.PASSWORD) + "&signIn%3Asubmit=x&jakarta.faces.ViewState="
                        + enc(state.group(1)), "Origin", origin(), "X-Forwarded-For", "203.0.113.6");
        assertEquals(302, signedIn.statusCode());
    }

    @Test
    void known_and_unknown_addresses_get_the_same_answers_after_as_many_failures() {
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            known.add(answer(basicFrom("198.51.100.10", "gunnar.vik@bergen.kommune.no", "feil " + i)));
            unknown.add(answer(basicFrom("198.51.100.11", "finnes.ikke@bergen.kommune.no", "feil " + i)));
        }
        assertEquals(known, unknown);
        assertTrue(known.get(known.size() - 1).startsWith("429"), "both end up waiting: " + known);
        assertTrue(known.get(0).startsWith("401"), known.get(0));
    }

    /** Everything the client can see of a refusal, but the seconds left to wait (which the clock decides). */
    private static String answer(Api.Reply reply) {
        return reply.status() + " " + reply.contentType() + " " + reply.raw().headers().firstValue("WWW-Authenticate").orElse("-") + " "
                + reply.raw().headers().firstValue("Retry-After").isPresent() + " " + reply.body().replaceAll("\\d+", "N");
    }

    // Finding 7

    @Test
    void twenty_reset_requests_for_one_address_queue_at_most_three_mails_and_every_answer_is_the_same() throws Exception {
        String email = "flood." + System.nanoTime() + "@ledernett.no";
        newStaffUser(email);
        int before = resetMailsInOutbox();
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(Api.anonymous(base).request("POST", "api/password/reset", "application/json", "{\"email\":\"" + email + "\"}",
                    "X-Forwarded-For", "203.0.113." + (i % 2 == 0 ? 1 : 100 + i)).status());
        }
        assertEquals(java.util.Collections.nCopies(20, 202), answers);
        int queued = resetMailsInOutbox() - before;
        assertTrue(queued >= 1 && queued <= 3, "reset mails queued for one address: " + queued);

        // An unknown address answers exactly the same.
        assertEquals(202, Api.anonymous(base).request("POST", "api/password/reset", "application/json", "{\"email\":\"ingen." + System.nanoTime()
                + "@ledernett.no\"}", "X-Forwarded-For", "203.0.113.200").status());
    }

    @Test
    void one_client_asking_for_many_addresses_is_limited_too() throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String email = "many." + i + "." + System.nanoTime() + "@ledernett.no";
            new Api(base).post("api/users", """
                    {"email":"%s","name":"Mange Personer","role":"STAFF"}""".formatted(email)).expect(201);
            emails.add(email);
        }
        int before = resetMailsInOutbox();
        for (String email : emails) {
            Api.anonymous(base).request("POST", "api/password/reset", "application/json", "{\"email\":\"" + email + "\"}",
                    "X-Forwarded-For", "203.0.113.77").expect(202);
        }
        int queued = resetMailsInOutbox() - before;
        assertEquals(10, queued, "one client gets ten reset links an hour");
    }

    private int resetMailsInOutbox() {
        return (int) new Api(base).get("api/mail?max=500").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(m -> RESET_SUBJECT.equals(m.getString("subject"))).count();
    }

    // Finding 12

    @Test
    void an_authorization_header_does_not_switch_off_the_origin_check_for_a_cookie_session() {
        Browser staff = new Browser().signIn(Api.STAFF, Api.PASSWORD);
        HttpResponse<String> forged = staff.post("api/users", "application/json", "{}", "Authorization", "Negotiate x", "Origin", EVIL,
                "Accept", "application/json");
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals("urn:ledernett:problem:cross-origin", json(forged.body()).getString("type"));
        // A token that is no token is refused outright, session or not: never quietly taken for the cookie's user.
        HttpResponse<String> badToken = staff.post("api/users", "application/json", "{}", "Authorization", "Bearer x", "Origin", EVIL,
                "Accept", "application/json");
        assertEquals(401, badToken.statusCode(), badToken.body());

        // The same session from our own pages gets past the check (to the validation of the empty invitation).
        assertEquals(400, staff.post("api/users", "application/json", "{}", "Authorization", "Negotiate x", "Origin", origin(),
                "Accept", "application/json").statusCode());
        // A client sending its own Basic credentials is not exposed to cross-site requests and is not checked.
        new Api(base).request("POST", "api/users", "application/json", "{}", "Origin", EVIL).expect(400);
    }
}
