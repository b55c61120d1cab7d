package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cookies and headers (issue 19, finding 10): the session cookie is Secure when the request came
 * over TLS (here: through the proxy, X-Forwarded-Proto), HttpOnly and SameSite=Lax; pages and API
 * answers are no-store while static files stay cacheable; the content security policy allows
 * scripts only from Ledernett itself or with the page's nonce; and the container's own error
 * answers carry the same headers. Raw requests, so that malformed ones reach the server as sent.
 */
@ExtendWith(ArquillianExtension.class)
class HeadersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void the_session_cookie_is_secure_behind_a_tls_proxy_and_always_httponly_and_samesite_lax() throws Exception {
        HttpResponse<String> plain = get("login.xhtml", Map.of());
        String plainCookie = sessionCookie(plain);
        assertFalse(attributes(plainCookie).contains("secure"), "over plain HTTP the browser could not send it back: " + plainCookie);
        assertTrue(attributes(plainCookie).contains("httponly"), plainCookie);
        assertTrue(attributes(plainCookie).contains("samesite=lax"), plainCookie);

        HttpResponse<String> page = get("login.xhtml", Map.of("X-Forwarded-Proto", "https"));
        String cookie = sessionCookie(page);
        assertTrue(attributes(cookie).contains("secure"), cookie);
        assertTrue(attributes(cookie).contains("httponly"), cookie);
        assertTrue(attributes(cookie).contains("samesite=lax"), cookie);

        // Signing in gives the session a new id (a new cookie): that one is Secure too.
        // Every cookie the page set (Payara pairs the session id with a version cookie).
        String session = String.join("; ", page.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';'))).toList());
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(state.find(), "the sign-in form has a view state");
        String form = "signIn=signIn&signIn%3Aemail=" + URLEncoder.encode(Api.STAFF, StandardCharsets.UTF_8) + "&signIn%3Apassword=" + Api.PASSWORD
                + "&signIn%3Asubmit=x&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8)
                // What PrimeFaces' script adds to every form in its CSP mode: the page's nonce.
                + "&primefaces.nonce=" + URLEncoder.encode(nonce(page), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Cookie", session).header("X-Forwarded-Proto", "https").header("Origin", origin())
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode(), () -> "signed in and sent on: " + signedIn.body());
        // (Payara's JSESSIONIDVERSION, added after the application has answered, holds no secret: a version number.)
        String renewed = sessionCookie(signedIn);
        assertFalse(renewed.startsWith(session.substring(0, session.indexOf(';') < 0 ? session.length() : session.indexOf(';')) + ";"),
                "a new session id after signing in: " + renewed);
        assertTrue(attributes(renewed).contains("secure"), renewed);
        assertTrue(attributes(renewed).contains("samesite=lax"), renewed);
    }

    @Test
    void pages_and_api_answers_are_never_stored_but_static_files_may_be() throws Exception {
        Map<String, String> staff = Map.of("Authorization", basic(Api.STAFF));
        for (String path : List.of("login.xhtml", "index.xhtml", "tilgjengelighet.xhtml")) {
            assertNoStore(path, get(path, Map.of()));
        }
        for (String path : List.of("admin/index.xhtml", "admin//users/index.xhtml", "admin/./groups/index.xhtml", "api/me",
                "api/municipalities/4601", "api//municipalities", "portal/index.xhtml")) {
            assertNoStore(path, get(path, staff));
        }
        assertNoStore("api/me (anonymous)", get("api/me", Map.of()));
        HttpResponse<String> contact = get("portal/index.xhtml", Map.of("Authorization", basic("ingrid.solheim@bergen.kommune.no")));
        assertNoStore("portal as a contact", contact);

        Matcher stylesheet = Pattern.compile("href=\"[^\"]*/(jakarta\\.faces\\.resource/[^\"]+)\"").matcher(get("login.xhtml", Map.of()).body());
        assertTrue(stylesheet.find(), "the sign-in page links a stylesheet");
        HttpResponse<String> css = get(stylesheet.group(1).replace("&amp;", "&"), Map.of());
        assertEquals(200, css.statusCode());
        assertFalse(css.headers().allValues("Cache-Control").contains("no-store"), "a stylesheet may be kept: " + css.headers().map());
    }

    @Test
    void scripts_run_only_from_ledernett_itself_or_with_the_pages_nonce() throws Exception {
        for (String path : List.of("login.xhtml", "admin/index.xhtml", "admin/groups/index.xhtml", "portal/index.xhtml")) {
            String user = path.startsWith("portal/") ? "ingrid.solheim@bergen.kommune.no" : Api.STAFF;
            HttpResponse<String> page = get(path, path.equals("login.xhtml") ? Map.of() : Map.of("Authorization", basic(user)));
            assertEquals(200, page.statusCode(), path);
            List<String> policies = page.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), path + ": one policy, not two that would both apply: " + policies);
            String scripts = directive(policies.get(0), "script-src");
            assertFalse(scripts.contains("'unsafe-eval'"), path + ": " + scripts);
            assertFalse(scripts.contains("'unsafe-inline'"), path + ": " + scripts);
            Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scripts);
            assertTrue(nonce.find(), path + ": the page's scripts are allowed by a nonce: " + scripts);
            Matcher inline = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(page.body());
            while (inline.find()) {
                assertTrue(inline.group(1).contains("nonce=\"" + nonce.group(1) + "\""), path + ": an inline script without the nonce: " + inline.group());
            }
            assertFalse(Pattern.compile("\\son[a-z]+=\"").matcher(page.body()).find(), path + ": an inline event handler would be refused");
        }
        String api = get("api/me", Map.of("Authorization", basic(Api.STAFF))).headers().firstValue("Content-Security-Policy").orElseThrow();
        assertFalse(directive(api, "script-src").contains("unsafe"), api);
    }

    @Test
    void the_containers_own_error_answers_carry_the_security_headers() throws Exception {
        String root = base.getPath();
        Map<String, Integer> requests = new LinkedHashMap<>();
        requests.put("GET " + root + "no-such-page.xhtml", 404);
        requests.put("GET " + root + "no-such-folder/file.txt", 404);
        requests.put("GET " + root + "api/no-such-endpoint", 404);
        requests.put("GET " + root + "api/municipalities?size=%zz", -1);
        requests.put("PUT " + root + "resources/ledernett/admin.css", -1);
        requests.put("DELETE " + root + "api/me", 405);
        requests.put("PATCH " + root + "api/me", 405);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Integer> request : requests.entrySet()) {
            Raw reply = raw(request.getKey());
            boolean expected = request.getValue() < 0 ? reply.status() >= 400 && reply.status() < 500 : reply.status() == request.getValue();
            if (!expected) {
                wrong.add(request.getKey() + ": " + reply.status() + " (expected " + request.getValue() + ")");
            }
            for (String header : List.of("content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy")) {
                if (!reply.headers().containsKey(header)) {
                    wrong.add(request.getKey() + " (" + reply.status() + "): no " + header);
                }
            }
            if (!"no-store".equals(reply.headers().get("cache-control"))) {
                wrong.add(request.getKey() + " (" + reply.status() + "): Cache-Control " + reply.headers().get("cache-control"));
            }
            if (reply.body().contains("\tat ") || reply.body().contains("at no.ledernett") || reply.body().contains("java.lang.")) {
                wrong.add(request.getKey() + ": a stack trace in the answer");
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** The container asks an anonymous visitor to sign in before any filter runs: that answer carries the headers too. */
    @Test
    void the_sign_in_redirect_for_a_protected_page_carries_the_security_headers() throws Exception {
        Raw reply = raw("GET " + base.getPath() + "admin/users/index.xhtml", false);
        assertEquals(302, reply.status(), reply.headers().toString());
        assertTrue(reply.headers().getOrDefault("location", "").contains("/login.xhtml?next="), reply.headers().toString());
        for (String header : List.of("content-security-policy", "x-content-type-options", "referrer-policy")) {
            assertTrue(reply.headers().containsKey(header), "no " + header + " in " + reply.headers());
        }
        assertEquals("DENY", reply.headers().get("x-frame-options"));
        assertEquals("no-store", reply.headers().get("cache-control"));
    }

    /**
     * A request line the HTTP listener cannot decode is refused there, before any application
     * code (and so without the application's headers; nginx in front fills them in and refuses
     * most such lines itself). It must still be a 4xx without a stack trace.
     */
    @Test
    void a_request_line_the_listener_cannot_decode_is_refused_without_a_trace() throws Exception {
        for (String line : List.of("GET " + base.getPath() + "admin/%c0%ae%c0%ae/index.xhtml")) {
            Raw reply = raw(line);
            assertTrue(reply.status() >= 400 && reply.status() < 500 || reply.status() == 404, line + ": " + reply.status());
            assertFalse(reply.body().contains("\tat ") || reply.body().contains("java.lang."), line + ": " + reply.body());
        }
    }

    // ---- helpers

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoStore(String what, HttpResponse<String> reply) {
        assertTrue(reply.headers().allValues("Cache-Control").contains("no-store"), what + " (" + reply.statusCode() + "): " + reply.headers().map());
    }

    private static String sessionCookie(HttpResponse<String> reply) {
        return reply.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + reply.headers().map()));
    }

    private static List<String> attributes(String cookie) {
        return java.util.Arrays.stream(cookie.split(";")).skip(1).map(a -> a.trim().toLowerCase(Locale.ROOT)).toList();
    }

    private static String nonce(HttpResponse<String> page) {
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(nonce.find(), "the page's policy has a nonce");
        return nonce.group(1);
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.trim().startsWith(name + " ")) {
                return directive.trim();
            }
        }
        String fallback = directive(policy, "default-src");
        return fallback == null ? "" : fallback;
    }

    private String origin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    record Raw(int status, Map<String, String> headers, String body) {
    }

    /** Sends the request line exactly as given: no client library normalises or refuses it first. */
    private Raw raw(String requestLine) throws Exception {
        return raw(requestLine, true);
    }

    private Raw raw(String requestLine, boolean asStaff) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + (asStaff ? "\r\nAuthorization: " + basic(Api.STAFF) : "")
                    + "\r\nAccept: text/html, application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
                }
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, end < 0 ? "" : text.substring(end + 4));
        }
    }
}
