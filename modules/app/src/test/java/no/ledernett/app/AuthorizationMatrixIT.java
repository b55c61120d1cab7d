package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may call what: every REST endpoint (read from the OpenAPI document, so a new one cannot
 * slip through) and every screen (read from the WAR) for every role, with the expected answer; and
 * for the portal, the own municipality's ids against another's. A contact never sees a
 * challenge's text anywhere (a unique marker string).
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    enum Role { ANONYMOUS, STAFF, ADVISER, CONTACT, PARTICIPANT }

    static final Map<Role, String> USERS = Map.of(
            Role.STAFF, Api.STAFF,
            Role.ADVISER, "hanne.lunde@ledernett.no",
            Role.CONTACT, "ingrid.solheim@bergen.kommune.no",
            Role.PARTICIPANT, "gunnar.vik@bergen.kommune.no");

    /** Endpoints open to more than staff. Everything else in the OpenAPI document must be staff only. */
    static final Map<String, Set<Role>> OPENED = new LinkedHashMap<>();

    static {
        Set<Role> everyone = Set.of(Role.ANONYMOUS, Role.STAFF, Role.ADVISER, Role.CONTACT, Role.PARTICIPANT);
        Set<Role> signedIn = Set.of(Role.STAFF, Role.ADVISER, Role.CONTACT, Role.PARTICIPANT);
        OPENED.put("GET /api/calendar/{token}", everyone);
        OPENED.put("POST /api/password", everyone);
        OPENED.put("POST /api/password/reset", everyone);
        OPENED.put("GET /api/me", signedIn);
        OPENED.put("GET /api/coaching/sessions/{sessionId}/notes", Set.of(Role.STAFF, Role.ADVISER));
        OPENED.put("GET /api/search", Set.of(Role.STAFF, Role.ADVISER));
        OPENED.put("PUT /api/coaching/sessions/{sessionId}/notes", Set.of(Role.STAFF, Role.ADVISER));
        // The group's adviser chooses the challenge in focus and writes next steps (staff are refused by the service: issue 20).
        OPENED.put("PUT /api/challenges/{id}/next-step", Set.of(Role.STAFF, Role.ADVISER));
        OPENED.put("PUT /api/meetings/{id}/focus", Set.of(Role.STAFF, Role.ADVISER));
        // The client report: staff, and the engagement's own municipality's contact (the service answers 404 to others' ids).
        OPENED.put("GET /api/reports/engagements/{id}", Set.of(Role.STAFF, Role.CONTACT));
        OPENED.put("GET /api/reports/engagements/{id}/pdf", Set.of(Role.STAFF, Role.CONTACT));
        // API tokens: staff and contacts make and revoke their own (staff anyone's); the leader sync an HR system calls with one.
        for (String token : List.of("GET /api/tokens", "POST /api/tokens", "DELETE /api/tokens/{id}", "PUT /api/municipalities/{number}/leaders")) {
            OPENED.put(token, Set.of(Role.STAFF, Role.CONTACT));
        }
        // Invoices issued to a municipality: staff, and that municipality's contact (drafts and others' invoices are 404 from the service).
        for (String invoice : List.of("GET /api/invoices", "GET /api/invoices/{id}", "GET /api/invoices/{id}/pdf", "GET /api/invoices/{id}/ehf")) {
            OPENED.put(invoice, Set.of(Role.STAFF, Role.CONTACT));
        }
        // Each staff member and adviser reads their own notifications and choices (another's id is 404 from the service); running the
        // periodic check now is for staff only.
        for (String own : List.of("GET /api/notifications", "GET /api/notifications/unread", "POST /api/notifications/{id}/read",
                "POST /api/notifications/read-all", "GET /api/notifications/settings", "PUT /api/notifications/settings")) {
            OPENED.put(own, Set.of(Role.STAFF, Role.ADVISER));
        }
        for (String contact : List.of("GET /api/portal/overview", "GET /api/portal/groups/{id}", "GET /api/portal/leaders", "POST /api/portal/leaders",
                "GET /api/portal/leaders/{id}", "PUT /api/portal/leaders/{id}", "GET /api/portal/requests", "POST /api/portal/requests")) {
            OPENED.put(contact, Set.of(Role.CONTACT));
        }
        for (String participant : List.of("GET /api/portal/meetings", "PUT /api/portal/meetings/{id}/challenge", "POST /api/portal/meetings/{id}/feedback",
                "GET /api/portal/next-steps", "PUT /api/portal/next-steps/{challengeId}/done", "POST /api/portal/calendar", "GET /api/portal/personal-data")) {
            OPENED.put(participant, Set.of(Role.PARTICIPANT));
        }
    }

    /** Screens advisers work in; the rest of /admin is for staff, /portal for contacts and leaders. */
    static final Set<String> ADVISER_PAGES = Set.of("/admin/index.xhtml", "/admin/search.xhtml", "/admin/meetings/index.xhtml", "/admin/meetings/meeting.xhtml",
            "/admin/coaching/index.xhtml", "/admin/coaching/course.xhtml", "/admin/notifications/index.xhtml", "/admin/notifications/settings.xhtml");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void every_endpoint_answers_each_role_as_the_matrix_says() throws Exception {
        List<String[]> endpoints = endpoints();
        assertTrue(endpoints.size() > 60, "the OpenAPI document lists the endpoints: " + endpoints.size());
        Set<String> seen = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        List<Callable<List<String>>> checks = new ArrayList<>();
        for (String[] endpoint : endpoints) {
            String key = endpoint[0] + " " + endpoint[1];
            seen.add(key);
            Set<Role> allowed = OPENED.getOrDefault(key, Set.of(Role.STAFF));
            // Ids that exist nowhere: an allowed caller gets past the access check to "not found" or "invalid", and nothing is changed.
            String path = endpoint[1].replaceAll("\\{[^}]+}", "987654321").replace("/api/municipalities/987654321", "/api/municipalities/9999");
            for (Role role : Role.values()) {
                checks.add(() -> {
                    List<String> found = new ArrayList<>();
                    int status = send(role, endpoint[0], path);
                    // A redirect to the sign-in page is a refusal too: a program (a calendar) cannot sign in.
                    boolean denied = status == 401 || status == 403 || status == 302;
                    if (allowed.contains(role) == denied) {
                        found.add(key + " as " + role + ": " + status + (allowed.contains(role) ? " (should be allowed)" : " (should be denied)"));
                    }
                    if (status >= 500) {
                        found.add(key + " as " + role + ": " + status + " (a server error)");
                    }
                    if (role == Role.ANONYMOUS && !allowed.contains(role) && status != 401) {
                        found.add(key + " anonymous: " + status + " (should be 401)");
                    }
                    return found;
                });
            }
        }
        wrong.addAll(inParallel(checks));
        assertEquals(List.of(), wrong);
        Set<String> stale = new TreeSet<>(OPENED.keySet());
        stale.removeAll(seen);
        assertEquals(Set.of(), stale, "the matrix names endpoints that no longer exist");
    }

    @Test
    void every_screen_answers_each_role_as_the_matrix_says() throws Exception {
        List<String> pages = pages();
        assertTrue(pages.size() > 20, "pages found in the WAR: " + pages);
        List<String> wrong = new ArrayList<>();
        List<Callable<List<String>>> checks = new ArrayList<>();
        for (String page : pages) {
            for (Role role : Role.values()) {
                checks.add(() -> {
                    List<String> found = new ArrayList<>();
                    HttpResponse<String> reply = get(role, page);
                    boolean toSignIn = reply.statusCode() == 302 && reply.headers().firstValue("Location").orElse("").contains("/login.xhtml");
                    boolean denied = reply.statusCode() == 403 || toSignIn;
                    boolean allowed = allowed(role, page);
                    if (allowed == denied) {
                        found.add(page + " as " + role + ": " + reply.statusCode() + (allowed ? " (should be allowed)" : " (should be denied)"));
                    }
                    if (reply.statusCode() >= 500) {
                        found.add(page + " as " + role + ": " + reply.statusCode() + " (a server error)");
                    }
                    if (role == Role.ANONYMOUS && !allowed && !toSignIn) {
                        found.add(page + " anonymous: " + reply.statusCode() + " (should go to sign-in)");
                    }
                    return found;
                });
            }
        }
        wrong.addAll(inParallel(checks));
        assertEquals(List.of(), wrong);

        // The front door sends each role to its own start page.
        assertTrue(get(Role.ANONYMOUS, "/index.xhtml").headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        assertTrue(get(Role.STAFF, "/index.xhtml").headers().firstValue("Location").orElse("").contains("/admin/index.xhtml"));
        assertTrue(get(Role.CONTACT, "/index.xhtml").headers().firstValue("Location").orElse("").contains("/portal/index.xhtml"));

        // Every screen as every role has left a session that a cluster can replicate.
        ReplicationCheck.assertSessionsReplicable(base);
    }

    /**
     * The same page spelled as an attacker would: the container normalises each spelling before its
     * constraints match, so a role that may not open the page is refused however it is written,
     * and an anonymous visitor is sent to sign in (or told the path is bad). Reading or posting.
     */
    @Test
    void no_spelling_of_a_page_opens_it_to_a_role_that_may_not_see_it() throws Exception {
        List<Callable<List<String>>> checks = new ArrayList<>();
        for (String page : pages()) {
            if (java.util.Arrays.stream(Role.values()).allMatch(role -> allowed(role, page))) {
                continue;
            }
            for (String spelled : PathSpellings.of(page)) {
                for (Role role : Role.values()) {
                    if (allowed(role, page)) {
                        continue;
                    }
                    for (String method : List.of("GET", "POST")) {
                        checks.add(() -> {
                            HttpResponse<String> reply = raw(role, method, spelled);
                            int status = reply.statusCode();
                            String location = reply.headers().firstValue("Location").orElse("");
                            boolean toSignIn = (status == 302 || status == 303) && location.contains("/login.xhtml");
                            boolean refused = toSignIn || status == 400 || status == 401 || status == 404
                                    || status == 403 && role != Role.ANONYMOUS
                                    || status == 301 && !location.contains(".xhtml");
                            return refused ? List.of() : List.of(method + " " + spelled + " as " + role + ": " + status + " " + location);
                        });
                    }
                }
            }
        }
        assertTrue(checks.size() > 1000, "spellings tried: " + checks.size());
        assertEquals(List.of(), inParallel(checks));
    }

    @Test
    void a_contact_gets_404_for_another_municipalitys_ids_and_never_a_challenge_text() throws Exception {
        Api staff = new Api(base);
        long bergenGroup = groupOf(staff, "4601");
        long bodoGroup = groupOf(staff, "1804");
        long bodoLeader = staff.post("api/leaders", """
                {"municipality":"1804","name":"Bodø Leder %d","email":"bodo.%d@bodo.kommune.no"}""".formatted(System.nanoTime(), System.nanoTime()))
                .expect(201).object().getJsonNumber("id").longValue();
        long bergenLeader = staff.get("api/groups/" + bergenGroup).object().getJsonArray("members").getJsonObject(0).getJsonNumber("leaderId").longValue();
        String marker = "MARKØR-" + System.nanoTime();
        long planned = staff.get("api/meetings?groupId=" + bergenGroup).array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("status").equals("PLANNED")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        staff.post("api/meetings/" + planned + "/challenges", """
                {"leaderId":%d,"title":"%s","description":"%s","helpWanted":"%s"}""".formatted(bergenLeader, marker, marker, marker)).expect(201);

        Api contact = new Api(base, USERS.get(Role.CONTACT), Api.PASSWORD);
        contact.get("api/portal/groups/" + bergenGroup).expect(200);
        contact.get("api/portal/groups/" + bodoGroup).expect(404);
        contact.get("api/portal/leaders/" + bergenLeader).expect(200);
        contact.get("api/portal/leaders/" + bodoLeader).expect(404);
        contact.put("api/portal/leaders/" + bodoLeader, "{\"name\":\"Overtatt\",\"version\":0}").expect(404);
        assertEquals("Bodø", staff.get("api/leaders/" + bodoLeader).object().getString("name").substring(0, 4), "nothing changed");
        Api participant = new Api(base, USERS.get(Role.PARTICIPANT), Api.PASSWORD);
        long bodoMeeting = staff.get("api/meetings?groupId=" + bodoGroup).array().getValuesAs(JsonObject.class).stream().findFirst()
                .map(m -> m.getJsonNumber("id").longValue()).orElse(987654321L);
        participant.put("api/portal/meetings/" + bodoMeeting + "/challenge", "{\"title\":\"Inntrenger\"}").expect(404);

        // Every GET the contact may make, with their own ids, and every portal screen: no challenge text.
        for (String path : List.of("api/me", "api/portal/overview", "api/portal/groups/" + bergenGroup, "api/portal/leaders?size=200",
                "api/portal/leaders/" + bergenLeader, "api/portal/requests")) {
            assertFalse(contact.get(path).expect(200).body().contains(marker), path);
        }
        for (String page : pages()) {
            String withIds = page + "?id=" + bergenGroup;
            HttpResponse<String> reply = get(Role.CONTACT, withIds);
            assertFalse(reply.body().contains(marker), withIds);
        }
    }

    private static long groupOf(Api staff, String municipality) {
        return staff.get("api/groups?municipality=" + municipality + "&q=").object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(g -> !g.getString("name").equals("Portalgruppen")).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    static boolean allowed(Role role, String page) {
        if (page.startsWith("/admin/")) {
            return role == Role.STAFF || role == Role.ADVISER && ADVISER_PAGES.contains(page);
        }
        if (page.startsWith("/portal/")) {
            return switch (page) {
                case "/portal/index.xhtml" -> role == Role.CONTACT || role == Role.PARTICIPANT;
                case "/portal/meeting.xhtml" -> role == Role.PARTICIPANT;
                default -> role == Role.CONTACT;
            };
        }
        return true;
    }

    /** Every [method, path] under /api in the OpenAPI document. */
    private List<String[]> endpoints() throws Exception {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode());
        JsonObject paths = Json.createReader(new StringReader(reply.body())).readObject().getJsonObject("paths");
        List<String[]> list = new ArrayList<>();
        for (String path : paths.keySet()) {
            int api = path.indexOf("/api/");
            if (api < 0) {
                continue;
            }
            for (String method : paths.getJsonObject(path).keySet()) {
                if (List.of("get", "post", "put", "delete", "patch").contains(method)) {
                    list.add(new String[] {method.toUpperCase(), path.substring(api)});
                }
            }
        }
        return list;
    }

    /** Every page in the WAR and in the module jars inside it, without templates, error pages and fragments. */
    static List<String> pages() throws Exception {
        List<String> pages = new ArrayList<>();
        try (ZipFile war = new ZipFile(new File(System.getProperty("ledernett.war", "target/ledernett.war")))) {
            for (var entry : Collections.list(war.entries())) {
                String name = entry.getName();
                if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/")) {
                    pages.add("/" + name);
                }
                if (name.startsWith("WEB-INF/lib/ledernett-") && name.endsWith(".jar")) {
                    File jar = File.createTempFile("module", ".jar");
                    try (var in = war.getInputStream(entry)) {
                        java.nio.file.Files.copy(in, jar.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    try (ZipFile module = new ZipFile(jar)) {
                        for (var inner : Collections.list(module.entries())) {
                            if (inner.getName().startsWith("META-INF/resources/") && inner.getName().endsWith(".xhtml")) {
                                pages.add(inner.getName().substring("META-INF/resources".length()));
                            }
                        }
                    }
                    jar.delete();
                }
            }
        }
        pages.removeIf(p -> p.endsWith("/nav.xhtml") || p.equals("/index.xhtml"));
        Collections.sort(pages);
        return pages;
    }

    /**
     * Runs the checks four at a time, as several browsers would: the server answers them side by
     * side, and the matrix takes a fraction of the time it took one request after another.
     * Returns what every check found, in the order of the checks.
     */
    private static List<String> inParallel(List<Callable<List<String>>> checks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<String> found = new ArrayList<>();
            for (Future<List<String>> result : pool.invokeAll(checks)) {
                found.addAll(result.get());
            }
            return found;
        } finally {
            pool.shutdownNow();
        }
    }

    private int send(Role role, String method, String path) throws Exception {
        String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(base.getPath() + path.substring(1)))
                .header("Accept", "application/json, */*;q=0.1").timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        authorize(request, role);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private HttpResponse<String> get(Role role, String page) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(base.getPath() + page.substring(1)))
                .timeout(Duration.ofSeconds(30)).GET();
        authorize(request, role);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request for exactly this path within the application, not normalised on the way (no URI.resolve). */
    private HttpResponse<String> raw(Role role, String method, String path) throws Exception {
        String context = base.getPath().endsWith("/") ? base.getPath().substring(0, base.getPath().length() - 1) : base.getPath();
        URI uri = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + context + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=stateless"));
        } else {
            request.GET();
        }
        authorize(request, role);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void authorize(HttpRequest.Builder request, Role role) {
        if (role != Role.ANONYMOUS) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USERS.get(role) + ":" + Api.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)));
        }
    }
}
