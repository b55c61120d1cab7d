package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operations watch: the three probes, the application's metrics, request ids. */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    private static JsonObject check(Api.Reply health, String name) {
        return health.object().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health.body()));
    }

    @Test
    void startup_liveness_and_readiness_probes_answer_up() {
        Api api = new Api(base);
        Api.Reply started = api.serverRoot("health/started").expect(200);
        assertEquals("UP", check(started, "startup").getString("status"));
        assertEquals("UP", check(api.serverRoot("health/live").expect(200), "application").getString("status"));
        Api.Reply ready = api.serverRoot("health/ready").expect(200);
        assertEquals("UP", check(ready, "database").getString("status"));
    }

    @Test
    void mail_is_reported_in_readiness_but_an_unreachable_mail_server_does_not_make_the_instance_unready() {
        // The tests enable mail on 127.0.0.1:3025, where only MailIT runs a server: here nothing listens.
        Api api = new Api(base);
        Api.Reply ready = api.serverRoot("health/ready").expect(200);
        JsonObject mail = check(ready, "mail");
        assertEquals("UP", mail.getString("status"));
        assertEquals("true", mail.getJsonObject("data").getString("enabled"));
        assertTrue(mail.getJsonObject("data").getString("server").startsWith("not reachable"), ready.body());
    }

    /** Prometheus text, as a scraper asks for it (the API client's JSON accept header gets 406 here). */
    private double metric(Api ignored, String name) {
        String body;
        try {
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve("/metrics"))
                    .header("Accept", "text/plain").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, reply.statusCode());
            body = reply.body();
        } catch (Exception e) {
            throw new AssertionError("GET /metrics failed", e);
        }
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{[^}]*mp_scope=\"application\"[^}]*\\} ([0-9.Ee+-]+)$").matcher(body);
        assertTrue(m.find(), () -> name + " not in /metrics");
        return Double.parseDouble(m.group(1));
    }

    @Test
    void a_meeting_marked_held_counts_once_in_the_metrics() {
        Api api = new Api(base);
        for (String name : List.of("ledernett_mails_sent_total", "ledernett_mails_failed_total", "ledernett_matching_runs_seconds_count",
                "ledernett_matching_failures_total")) {
            metric(api, name); // registered from the start
        }
        double before = metric(api, "ledernett_meetings_held_total");
        long engagement = api.post("api/engagements", """
                {"municipality":"3201","kind":"NETWORK_GROUPS","start":"2026-01-01","end":"2028-12-31","hourBudget":100}""")
                .expect(201).object().getJsonNumber("id").longValue();
        long group = api.post("api/groups", """
                {"name":"Driftsgruppen","municipality":"3201","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":2,"interval":"MONTHLY",
                 "start":"%s","mode":"IN_PERSON","location":"Bærum rådhus"}""".formatted(engagement, LocalDate.now().minusDays(40)))
                .expect(201).object().getJsonNumber("id").longValue();
        List<JsonObject> meetings = api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getValuesAs(JsonObject.class);
        String held = "api/meetings/" + meetings.get(0).getJsonNumber("id").longValue() + "/held";
        api.post(held, "").expect(200);
        api.post(held, "").expect(200);
        assertEquals(before + 1, metric(api, "ledernett_meetings_held_total"), 1e-9, "marking the same meeting held twice counts once");
    }

    @Test
    void the_callers_request_id_is_echoed_and_an_unsafe_one_replaced() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String staff = "Basic " + java.util.Base64.getEncoder().encodeToString((Api.STAFF + ":" + Api.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> given = http.send(HttpRequest.newBuilder(base.toURI().resolve("api/municipalities/0301"))
                .header("Authorization", staff).header("X-Request-Id", "lb-4711").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, given.statusCode());
        assertEquals("lb-4711", given.headers().firstValue("X-Request-Id").orElse(""));

        HttpResponse<String> unsafe = http.send(HttpRequest.newBuilder(base.toURI().resolve("api/municipalities/0301"))
                .header("Authorization", staff).header("X-Request-Id", "kari@example.no forged").GET().build(), HttpResponse.BodyHandlers.ofString());
        String id = unsafe.headers().firstValue("X-Request-Id").orElse("");
        assertNotEquals("kari@example.no forged", id);
        assertTrue(id.matches("[0-9a-f]{16}"), id);

        // A screen the application itself answers (the container asks for sign-in at admin/ before any filter runs).
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.toURI().resolve("login.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(page.headers().firstValue("X-Request-Id").orElse("").matches("[0-9a-f]{16}"), "screens get an id too");
    }
}
