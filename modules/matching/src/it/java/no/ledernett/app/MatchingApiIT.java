package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Advisers, ranking and batch proposals over HTTP, on Payara Micro with the packaged WAR and demo advisers. */
@ExtendWith(ArquillianExtension.class)
class MatchingApiIT {

    static final long SKOLE = 1;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    private static String need(String reference, String municipality, Long subject, boolean required, double hours) {
        return """
                {"reference":"%s","label":"%s","subjectAreaId":%s,"competenceRequired":%s,"municipality":"%s","mode":"IN_PERSON",
                 "start":"2027-01-01","end":"2027-06-30","hoursPerMonth":%s}""".formatted(reference, reference, subject, required, municipality, hours);
    }

    private long createAdviser(String name, String county, int capacity) {
        return api.post("api/advisers", """
                {"name":"%s","title":"rådgiver","email":"%s@ledernett.no","homeCounty":"%s","writtenForms":["BOKMAL"],"monthlyCapacity":%d}"""
                .formatted(name, name.toLowerCase().replace(' ', '.'), county, capacity)).expect(201).object().getJsonNumber("id").longValue();
    }

    private Set<Long> levelAtLeast(long subject, int level) {
        return api.get("api/advisers?size=200&subjectAreaId=" + subject + "&minLevel=" + level).expect(200).object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(a -> a.getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    private JsonObject awaitReady(long proposal) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            JsonObject p = api.get("api/proposals/" + proposal).expect(200).object();
            if (!p.getString("status").equals("COMPUTING")) {
                return p;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("proposal " + proposal + " still computing");
    }

    @Test
    void advisers_crud_with_competences_and_validation() {
        long id = createAdviser("Test Testesen", "46", 30);
        api.put("api/advisers/" + id + "/competences/" + SKOLE, "{\"level\":3,\"note\":\"rektor i ti år\"}").expect(200);
        JsonObject adviser = api.get("api/advisers/" + id).expect(200).object();
        assertEquals(3, adviser.getJsonArray("competences").getJsonObject(0).getInt("level"));
        assertTrue(levelAtLeast(SKOLE, 3).contains(id));

        assertEquals(List.of("level:level.range"), fields(api.put("api/advisers/" + id + "/competences/" + SKOLE, "{\"level\":4}").expect(400)));
        assertEquals(List.of("subjectAreaId:subject.unknown"), fields(api.put("api/advisers/" + id + "/competences/999", "{\"level\":2}").expect(400)));
        assertEquals(List.of("name:required", "email:email", "homeCounty:county.unknown", "monthlyCapacity:range"),
                fields(api.post("api/advisers", """
                        {"name":"","title":"rådgiver","email":"nope","homeCounty":"99","writtenForms":["BOKMAL"],"monthlyCapacity":-1}""").expect(400)));

        api.delete("api/advisers/" + id + "/competences/" + SKOLE).expect(204);
        assertFalse(levelAtLeast(SKOLE, 1).contains(id));
        api.delete("api/advisers/" + id).expect(204);
        api.get("api/advisers/" + id).expect(404);
    }

    @Test
    void a_subject_need_requiring_competence_never_ranks_an_adviser_without_it_and_says_why() {
        JsonObject ranking = api.post("api/matching/ranking", need("r1", "4601", SKOLE, true, 4)).expect(200).object();
        Set<Long> competent = levelAtLeast(SKOLE, 2);
        List<JsonObject> eligible = ranking.getJsonArray("eligible").getValuesAs(JsonObject.class);
        assertFalse(eligible.isEmpty());
        for (JsonObject e : eligible) {
            assertTrue(competent.contains(e.getJsonNumber("adviserId").longValue()), e.getString("name") + " lacks the competence");
            assertEquals(5, e.getJsonArray("breakdown").size());
        }
        for (JsonObject e : ranking.getJsonArray("excluded").getValuesAs(JsonObject.class)) {
            assertFalse(e.getJsonArray("reasons").isEmpty(), e.getString("name") + " excluded without a reason");
            if (!competent.contains(e.getJsonNumber("adviserId").longValue())) {
                assertTrue(e.getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                        .anyMatch(r -> r.getString("code").equals("LACKS_COMPETENCE") && r.getString("explanation").startsWith("Mangler fagkompetansen")));
            }
        }
        List<Double> scores = eligible.stream().map(e -> e.getJsonNumber("score").doubleValue()).toList();
        assertEquals(scores.stream().sorted((a, b) -> Double.compare(b, a)).toList(), scores, "best first");
    }

    @Test
    void a_need_with_bad_fields_is_refused_naming_them() {
        assertEquals(List.of("municipality:municipality.format", "end:period.order", "hoursPerMonth:hours.range"),
                fields(api.post("api/matching/ranking", """
                        {"municipality":"9999","start":"2027-06-01","end":"2027-01-01","hoursPerMonth":0}""").expect(400)));
        assertEquals(List.of("subjectAreaId:competence.needsSubject"), fields(api.post("api/matching/ranking", """
                {"competenceRequired":true,"municipality":"4601","start":"2027-01-01","end":"2027-02-01","hoursPerMonth":2}""").expect(400)));
    }

    @Test
    void a_proposal_is_computed_in_the_background_pinned_forbidden_and_published_all_or_nothing() throws Exception {
        long small = createAdviser("Liten Kapasitet", "46", 6);
        api.put("api/advisers/" + small + "/competences/" + SKOLE, "{\"level\":3}").expect(200);
        // Room for every need whatever earlier classes on this shared database gave the demo advisers.
        long roomy = createAdviser("Romslig Kapasitet " + System.nanoTime() % 100000, "18", 200);
        api.put("api/advisers/" + roomy + "/competences/" + SKOLE, "{\"level\":3}").expect(200);
        Api.Reply created = api.post("api/proposals", """
                {"needs":[%s,%s,%s]}""".formatted(need("group:p1", "4601", SKOLE, true, 5), need("group:p2", "4621", SKOLE, true, 5),
                need("group:p3", "1804", null, false, 3))).expect(202);
        long id = created.object().getJsonNumber("id").longValue();
        JsonObject ready = awaitReady(id);
        assertEquals("READY", ready.getString("status"), ready.toString());
        assertTrue(ready.getBoolean("optimal"));
        assertTrue(ready.getJsonNumber("totalScore").doubleValue() >= ready.getJsonNumber("greedyScore").doubleValue());
        Set<Long> competent = levelAtLeast(SKOLE, 2);
        for (JsonObject n : ready.getJsonArray("needs").getValuesAs(JsonObject.class)) {
            assertNotNull(n.get("proposedAdviser"), n.toString());
            if (n.getBoolean("competenceRequired")) {
                assertTrue(competent.contains(n.getJsonObject("proposedAdviser").getJsonNumber("id").longValue()));
            }
        }

        JsonObject first = ready.getJsonArray("needs").getJsonObject(0);
        long needId = first.getJsonNumber("id").longValue();
        long proposed = first.getJsonObject("proposedAdviser").getJsonNumber("id").longValue();
        api.put("api/proposals/" + id + "/needs/" + needId + "/forbidden/" + proposed, "").expect(202);
        JsonObject again = awaitReady(id);
        JsonObject firstAgain = again.getJsonArray("needs").getJsonObject(0);
        assertTrue(firstAgain.isNull("proposedAdviser") || firstAgain.getJsonObject("proposedAdviser").getJsonNumber("id").longValue() != proposed);

        api.put("api/proposals/" + id + "/needs/" + needId + "/pin", "{\"adviserId\":" + small + "}").expect(202);
        JsonObject pinned = awaitReady(id);
        assertEquals(small, pinned.getJsonArray("needs").getJsonObject(0).getJsonObject("proposedAdviser").getJsonNumber("id").longValue());

        long stranger = createAdviser("Uten Skole", "46", 40);
        assertEquals(List.of("adviserId:pin.LACKS_COMPETENCE"),
                fields(api.put("api/proposals/" + id + "/needs/" + needId + "/pin", "{\"adviserId\":" + stranger + "}").expect(400)));

        JsonObject published = api.post("api/proposals/" + id + "/publish", "").expect(200).object();
        assertEquals("PUBLISHED", published.getString("status"));
        // The published need now counts against the small adviser's capacity: 6 − 5 leaves 1 hour.
        JsonObject ranking = api.post("api/matching/ranking", need("r2", "4601", SKOLE, true, 2)).expect(200).object();
        assertTrue(ranking.getJsonArray("excluded").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getJsonNumber("adviserId").longValue() == small
                        && e.getJsonArray("reasons").getJsonObject(0).getString("code").equals("NO_CAPACITY")));
        // Published is final: the service refuses every change with a clear message, and the screen offers none.
        assertEquals(List.of("status:proposal.published"), fields(api.post("api/proposals/" + id + "/publish", "").expect(400)));
        assertEquals(List.of("status:proposal.published"), fields(api.post("api/proposals/" + id + "/discard", "").expect(400)));
        assertEquals(List.of("status:proposal.published"),
                fields(api.put("api/proposals/" + id + "/needs/" + needId + "/pin", "{\"adviserId\":" + small + "}").expect(400)));
        assertEquals(List.of("status:proposal.published"), fields(api.delete("api/proposals/" + id + "/needs/" + needId + "/pin").expect(400)));
        assertEquals(List.of("status:proposal.published"),
                fields(api.put("api/proposals/" + id + "/needs/" + needId + "/forbidden/" + small, "").expect(400)));
        assertEquals("The proposal is published and can no longer be changed.", api.request("POST", "api/proposals/" + id + "/discard",
                "application/json", "", "Accept-Language", "en").expect(400).object().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals("PUBLISHED", api.get("api/proposals/" + id).object().getString("status"));
        String page = api.download("admin/proposals/proposal.xhtml?id=" + id).expect(200).body();
        assertTrue(page.contains("id=\"proposal:final\""), "says it is final");
        for (String action : List.of("id=\"proposal:publish\"", "id=\"proposal:discard\"", ">Lås</span>", ">Lås opp</span>", ">Ikke denne</span>",
                "title=\"Lås\"")) {
            assertFalse(page.contains(action), "a published proposal offers no " + action);
        }
        // Scores as Norwegian writes numbers: a decimal comma, at most two decimals, never a double's raw digits.
        double score = api.get("api/proposals/" + id).object().getJsonArray("needs").getJsonObject(0).getJsonNumber("score").doubleValue();
        java.text.NumberFormat norwegian = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("nb"));
        norwegian.setMaximumFractionDigits(2);
        assertTrue(page.contains("(" + norwegian.format(score) + ")"), norwegian.format(score) + " in " + page);
        assertFalse(page.contains("(" + score + ")"), "not " + score);
        // The adviser's load by month: months by name, committed hours as numbers.
        String adviserPage = api.download("admin/advisers/adviser.xhtml?id=" + small).expect(200).body();
        assertFalse(java.util.regex.Pattern.compile(">\\d{4}-\\d{2}<").matcher(adviserPage).find(), "no ISO month on screen");
        assertFalse(java.util.regex.Pattern.compile(">\\d+\\.\\d+<").matcher(adviserPage).find(), "no dot decimals on a Norwegian screen");
    }

    /**
     * Issue 19, finding 9: the computation runs on the managed executor and once in about 60 the
     * request failed with "operation on a closed EntityManager". Small proposals finish while the
     * request that started them is still answering: many in a row and side by side, every one is
     * accepted and ends computed, none failed.
     */
    @Test
    void many_proposals_posted_in_a_row_and_side_by_side_are_all_accepted_and_computed() throws Exception {
        String body = "{\"needs\":[%s]}".formatted(need("group:quick", "4601", null, false, 1));
        List<Long> ids = new java.util.ArrayList<>();
        List<String> wrong = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Api.Reply reply = api.post("api/proposals", body);
            if (reply.status() != 202) {
                wrong.add("in a row, #" + i + ": " + reply.status() + " " + reply.body());
            } else {
                ids.add(reply.object().getJsonNumber("id").longValue());
            }
        }
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                replies.add(clients.submit(() -> new Api(base).post("api/proposals", body)));
            }
            for (var future : replies) {
                Api.Reply reply = future.get();
                if (reply.status() != 202) {
                    wrong.add("side by side: " + reply.status() + " " + reply.body());
                } else {
                    ids.add(reply.object().getJsonNumber("id").longValue());
                }
            }
        } finally {
            clients.shutdown();
        }
        for (long id : ids) {
            JsonObject p = awaitReady(id);
            if (!p.getString("status").equals("READY")) {
                wrong.add("proposal " + id + ": " + p.getString("status") + " " + p.get("failure"));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void a_proposal_needs_valid_and_unique_needs() {
        assertEquals(List.of("needs:needs.empty"), fields(api.post("api/proposals", "{\"needs\":[]}").expect(400)));
        assertEquals(List.of("needs[1].reference:needs.duplicate", "needs[2].municipality:municipality.format"),
                fields(api.post("api/proposals", "{\"needs\":[%s,%s,%s]}".formatted(need("a", "4601", null, false, 2),
                        need("a", "4601", null, false, 2), need("c", "12", null, false, 2))).expect(400)));
        api.get("api/proposals/987654").expect(404);
    }

    @Test
    void subject_areas_are_a_managed_list() {
        assertTrue(api.get("api/subject-areas").expect(200).array().size() >= 8);
        api.post("api/subject-areas", "{\"code\":\"eiendom\",\"name\":\"Eiendom\"}").expect(201);
        assertEquals(List.of("code:code.taken"), fields(api.post("api/subject-areas", "{\"code\":\"eiendom\",\"name\":\"Eiendom\"}").expect(400)));
    }

    private static List<String> fields(Api.Reply problem) {
        return problem.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ":" + e.getString("rule")).toList();
    }
}
