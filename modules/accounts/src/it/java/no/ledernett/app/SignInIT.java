package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** Sign-in over the API: who may call what, throttling after repeated failures, and the audit of sign-ins. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    static final String BODO_CONTACT = "marit.johansen@bodo.kommune.no";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    @Test
    void nobody_reaches_the_api_without_signing_in_and_a_wrong_role_is_refused() {
        Api.Reply anonymous = Api.anonymous(base).get("api/groups").expect(401);
        assertEquals("application/problem+json", anonymous.contentType());
        assertEquals("urn:ledernett:problem:unauthorized", anonymous.object().getString("type"));
        assertTrue(anonymous.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

        Api contact = new Api(base, BODO_CONTACT, Api.PASSWORD);
        JsonObject me = contact.get("api/me").expect(200).object();
        assertEquals("contact", me.getString("role"));
        assertEquals("1804", me.getString("municipality"));
        assertEquals("urn:ledernett:problem:forbidden", contact.get("api/groups").expect(403).object().getString("type"));
        contact.post("api/users", "{}").expect(403);

        new Api(base, BODO_CONTACT, "not the password").get("api/me").expect(401);
        new Api(base).get("api/groups").expect(200);
    }

    @Test
    void ten_wrong_passwords_in_a_row_are_throttled_and_the_right_one_works_after_the_wait() throws Exception {
        Api staff = new Api(base);
        String email = "throttle." + System.nanoTime() + "@ledernett.no";
        long id = staff.post("api/users", """
                {"email":"%s","name":"Prøve Person","role":"STAFF"}""".formatted(email)).expect(201).object().getJsonNumber("id").longValue();
        // Without a chosen password nobody gets in, whatever they try.
        new Api(base, email, "").get("api/me").expect(401);

        String password = TestAccounts.choosePassword(base, MAIL, email);
        // The link works once.
        Api.anonymous(base).post("api/password", """
                {"token":"%s","password":"%s","repeated":"%s"}""".formatted(TestAccounts.token(MAIL, email), password, password)).expect(400);
        Api.Reply last = null;
        for (int i = 0; i < 10; i++) {
            last = new Api(base, email, "wrong password " + i).get("api/me");
            assertTrue(last.status() == 401 || last.status() == 429, "attempt " + i + ": " + last.status());
        }
        assertEquals(429, last.status(), "the tenth failure in a row is throttled");
        Api.Reply refused = new Api(base, email, password).get("api/me").expect(429);
        assertEquals("urn:ledernett:problem:throttled", refused.object().getString("type"));
        long wait = Long.parseLong(refused.raw().headers().firstValue("Retry-After").orElseThrow());
        assertTrue(wait >= 1 && wait <= 3, "Retry-After " + wait);

        Thread.sleep((wait + 1) * 1000);
        assertEquals(email, new Api(base, email, password).get("api/me").expect(200).object().getString("email"));

        JsonObject audit = staff.get("api/audit?who=" + email + "&size=50").expect(200).object();
        assertTrue(audit.getJsonArray("items").getValuesAs(JsonObject.class).stream().anyMatch(a -> a.getString("action").equals("sign-in.failed")));
        assertTrue(staff.get("api/audit?action=user.invite&size=200").expect(200).object().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().anyMatch(a -> a.getString("subject").equals("user:" + id)));
        // The audit screen says it in words: the sign-in just made over the API, not "sign-in" and "basic".
        String screen = staff.download("admin/users/audit.xhtml").expect(200).body();
        assertTrue(screen.contains("Innlogging") && screen.contains("Med passord (API)"), "the audit screen in words");
        assertFalse(screen.contains(">sign-in<") || screen.contains(">basic<") || screen.contains(">sign-in.failed<"), "codes on the audit screen");
    }

    @Test
    void an_api_client_calling_in_parallel_is_answered_every_time() throws Exception {
        // A new user: their credentials are not remembered yet, so every parallel call checks them and records the sign-in.
        String email = "parallel." + System.nanoTime() + "@ledernett.no";
        new Api(base).post("api/users", """
                {"email":"%s","name":"Parallell Person","role":"STAFF"}""".formatted(email)).expect(201);
        String password = TestAccounts.choosePassword(base, MAIL, email);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> new Api(base, email, password).get("api/me").status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (var call : calls) {
                statuses.add(call.get());
            }
            assertEquals(Collections.nCopies(8, 200), statuses, "8 parallel first calls with the same credentials");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void staff_export_a_leader_on_request_and_erase_them_keeping_hours_and_figures() {
        Api staff = new Api(base);
        String marker = "PERSONLIG-" + System.nanoTime();
        long engagement = staff.post("api/engagements", """
                {"municipality":"3403","kind":"NETWORK_GROUPS","start":"2026-01-01","end":"2027-12-31","hourBudget":100}""")
                .expect(201).object().getJsonNumber("id").longValue();
        long group = staff.post("api/groups", """
                {"name":"Personverngruppen","municipality":"3403","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":2,
                 "interval":"MONTHLY","start":"2026-02-04","mode":"VIDEO"}""".formatted(engagement)).expect(201).object().getJsonNumber("id").longValue();
        long leader = staff.post("api/leaders", """
                {"municipality":"3403","name":"Petra Personvern","email":"petra.%d@hamar.kommune.no","phone":"+47 900 00 000"}"""
                .formatted(System.nanoTime())).expect(201).object().getJsonNumber("id").longValue();
        staff.post("api/groups/" + group + "/members", "{\"leaderId\":" + leader + "}").expect(201);
        long meeting = staff.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getJsonObject(0).getJsonNumber("id").longValue();
        staff.post("api/meetings/" + meeting + "/challenges", """
                {"leaderId":%d,"title":"%s","description":"%s"}""".formatted(leader, marker, marker)).expect(201);
        staff.put("api/meetings/" + meeting + "/attendance", "{\"" + leader + "\":\"PRESENT\"}").expect(200);
        staff.post("api/meetings/" + meeting + "/held", "").expect(200);
        double hours = staff.get("api/engagements/" + engagement).object().getJsonNumber("hoursUsed").doubleValue();

        Api.Reply export = staff.get("api/personal-data/leaders/" + leader).expect(200);
        // Staff's export names the leader and that a challenge exists, never what it says (docs/privacy.md).
        assertTrue(export.body().contains("Petra Personvern"), export.body());
        assertEquals(1, export.object().getJsonArray("challenges").size(), export.body());
        assertTrue(!export.body().contains(marker), "no challenge text in staff's export: " + export.body());
        assertTrue(export.raw().headers().firstValue("Content-Disposition").orElse("").contains("attachment"));

        staff.post("api/personal-data/leaders/" + leader + "/erase", "").expect(204);
        JsonObject erased = staff.get("api/leaders/" + leader).expect(200).object();
        assertEquals("Slettet leder", erased.getString("name"));
        assertTrue(!erased.containsKey("phone") || erased.isNull("phone"));
        String after = staff.get("api/personal-data/leaders/" + leader).expect(200).body();
        assertTrue(!after.contains(marker) && !after.contains("Petra"), after);
        assertEquals(hours, staff.get("api/engagements/" + engagement).object().getJsonNumber("hoursUsed").doubleValue(), 1e-9, "hours kept");
        assertEquals(1, staff.get("api/meetings/attendance-figures?groupId=" + group).array().getJsonObject(0).getInt("present"), "figures kept");
        assertTrue(staff.get("api/audit?action=gdpr.&size=50").object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("action").equals("gdpr.erase") && a.getString("subject").equals("leader:" + leader)));
    }
}
