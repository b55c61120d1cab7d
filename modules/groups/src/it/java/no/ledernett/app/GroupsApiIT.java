package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

/** Leaders, groups, members and advisers over HTTP, on Payara Micro with the packaged WAR and demo data. */
@ExtendWith(ArquillianExtension.class)
class GroupsApiIT {

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

    private long engagement(String municipality) {
        return api.post("api/engagements", """
                {"municipality":"%s","kind":"NETWORK_GROUPS","start":"2027-01-01","end":"2027-12-31","hourBudget":200,"status":"ACTIVE"}"""
                .formatted(municipality)).expect(201).object().getJsonNumber("id").longValue();
    }

    private long leader(String municipality, String name, long sector) {
        return api.post("api/leaders", """
                {"municipality":"%s","name":"%s","email":"%s@kommune.no","positionTitle":"Rektor","sectorId":%d}"""
                .formatted(municipality, name, name.toLowerCase().replace(' ', '.'), sector)).expect(201).object().getJsonNumber("id").longValue();
    }

    private long group(String municipality, long engagement, String name) {
        return api.post("api/groups", """
                {"name":"%s","municipality":"%s","engagementId":%d,"kind":"SUBJECT_SPECIFIC","subjectAreaId":1,"competenceRequired":true,
                 "plannedMeetings":10,"interval":"MONTHLY","start":"2027-01-12","mode":"VIDEO"}""".formatted(name, municipality, engagement))
                .expect(201).object().getJsonNumber("id").longValue();
    }

    private static List<String> fields(Api.Reply problem) {
        return problem.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ":" + e.getString("rule")).toList();
    }

    @Test
    void a_leader_from_another_municipality_is_refused_with_a_clear_message() {
        long group = group("3201", engagement("3201"), "Rektorer i Bærum");
        long fromAsker = leader("3203", "Asker Rektor", SKOLE);
        Api.Reply refused = api.post("api/groups/" + group + "/members", "{\"leaderId\":" + fromAsker + "}").expect(400);
        assertEquals(List.of("leaderId:member.otherMunicipality"), fields(refused));
        assertTrue(refused.object().getJsonArray("errors").getJsonObject(0).getString("message").contains("Asker"));
        assertEquals(0, api.get("api/groups/" + group).object().getInt("memberCount"));
    }

    @Test
    void members_join_and_leave_and_the_composition_advice_follows() {
        long group = group("3201", engagement("3201"), "Rektorer i Bærum 2");
        JsonObject g = null;
        for (int i = 1; i <= 6; i++) {
            long leader = leader("3201", "Bærum Rektor " + i, SKOLE);
            g = api.post("api/groups/" + group + "/members", "{\"leaderId\":" + leader + "}").expect(201).object();
        }
        assertEquals(6, g.getInt("memberCount"));
        assertEquals(List.of(), g.getJsonArray("warnings").getValuesAs(JsonObject.class));
        long nurse = leader("3201", "Bærum Sykepleier", 3);
        JsonObject mixed = api.post("api/groups/" + group + "/members", "{\"leaderId\":" + nurse + "}").expect(201).object();
        assertEquals("OTHER_SECTOR", mixed.getJsonArray("warnings").getJsonObject(0).getString("kind"));
        assertTrue(mixed.getJsonArray("warnings").getJsonObject(0).getString("message").contains("Bærum Sykepleier"));
        // One instance of the resource serves every request: each answer is in its own request's language.
        String english = warning(api.get("api/groups/" + group, "en").expect(200).object());
        String nynorsk = warning(api.get("api/groups/" + group, "nn").expect(200).object());
        assertNotEquals(english, nynorsk);
        assertNotEquals(english, warning(api.get("api/groups/" + group).expect(200).object()));
        assertEquals(english, warning(api.get("api/groups/" + group, "en").expect(200).object()));
        assertEquals(List.of("leaderId:member.already"), fields(api.post("api/groups/" + group + "/members", "{\"leaderId\":" + nurse + "}").expect(400)));

        long membership = mixed.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonNumber("leaderId").longValue() == nurse).findFirst().orElseThrow().getJsonNumber("membershipId").longValue();
        JsonObject after = api.put("api/groups/" + group + "/members/" + membership + "/left", "{\"left\":\"2027-02-01\"}").expect(200).object();
        assertEquals(6, after.getInt("memberCount"));
        assertEquals(List.of(), after.getJsonArray("warnings").getValuesAs(JsonObject.class));
    }

    private static String warning(JsonObject group) {
        return group.getJsonArray("warnings").getJsonObject(0).getString("message");
    }

    @Test
    void a_group_requiring_competence_can_only_be_given_an_adviser_with_it() {
        long group = group("3201", engagement("3201"), "Rektorer i Bærum 3");
        JsonObject ranking = api.get("api/groups/" + group + "/adviser-ranking").expect(200).object();
        Set<Long> competent = api.get("api/advisers?size=200&subjectAreaId=1&minLevel=2").object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(a -> a.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        ranking.getJsonArray("eligible").getValuesAs(JsonObject.class)
                .forEach(e -> assertTrue(competent.contains(e.getJsonNumber("adviserId").longValue()), e.getString("name")));
        long without = ranking.getJsonArray("excluded").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonArray("reasons").getJsonObject(0).getString("code").equals("LACKS_COMPETENCE"))
                .findFirst().orElseThrow().getJsonNumber("adviserId").longValue();
        assertEquals(List.of("adviserId:adviser.LACKS_COMPETENCE"),
                fields(api.put("api/groups/" + group + "/adviser", "{\"adviserId\":" + without + "}").expect(400)));

        long best = ranking.getJsonArray("eligible").getJsonObject(0).getJsonNumber("adviserId").longValue();
        long other = group("3201", engagement("3201"), "Rektorer i Bærum 3b");
        double free = remainingHours(other, best);
        JsonObject assigned = api.put("api/groups/" + group + "/adviser", "{\"adviserId\":" + best + "}").expect(200).object();
        assertEquals(best, assigned.getJsonNumber("adviserId").longValue());
        // Another group's ranking counts the new hours at once (the committed load is kept between rankings).
        double left = remainingHours(other, best);
        assertTrue(left < free, "remaining hours " + free + " → " + left);
        api.delete("api/groups/" + group + "/adviser").expect(200);
        assertEquals(free, remainingHours(other, best), 0.001);
        api.put("api/groups/" + group + "/adviser", "{\"adviserId\":" + best + "}").expect(200);
        // The group's hours now count against the adviser, but not when ranking for the group itself.
        assertTrue(api.get("api/groups/" + group + "/adviser-ranking").object().getJsonArray("eligible").getValuesAs(JsonObject.class)
                .stream().anyMatch(e -> e.getJsonNumber("adviserId").longValue() == best));
    }

    @Test
    void groups_without_adviser_go_to_a_batch_proposal_and_publishing_assigns_them() throws Exception {
        long group = group("3201", engagement("3201"), "Rektorer i Bærum 4");
        Api.Reply sent = api.post("api/groups/batch-proposal", "").expect(202);
        long proposal = sent.object().getJsonNumber("proposalId").longValue();
        JsonObject p = ready(proposal);
        JsonObject need = p.getJsonArray("needs").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("reference").equals("group:" + group)).findFirst().orElseThrow();
        long proposed = need.getJsonObject("proposedAdviser").getJsonNumber("id").longValue();
        api.post("api/proposals/" + proposal + "/publish", "").expect(200);
        assertEquals(proposed, api.get("api/groups/" + group).object().getJsonNumber("adviserId").longValue());
    }

    private JsonObject ready(long proposal) throws InterruptedException {
        JsonObject p = null;
        for (int i = 0; i < 120; i++) {
            p = api.get("api/proposals/" + proposal).object();
            if (!p.getString("status").equals("COMPUTING")) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals("READY", p.getString("status"));
        return p;
    }

    @Test
    void a_batch_of_chosen_groups_holds_exactly_those_groups() throws Exception {
        long engagement = engagement("3201");
        long first = group("3201", engagement, "Rektorer i Bærum 5a");
        long second = group("3201", engagement, "Rektorer i Bærum 5b");
        group("3201", engagement, "Rektorer i Bærum 5c, uten veileder men ikke valgt");
        // Chosen twice is chosen once.
        Api.Reply sent = api.post("api/groups/batch-proposal", "{\"groupIds\":[" + second + "," + first + "," + second + "]}").expect(202);
        assertEquals(2, sent.object().getInt("needs"));
        long proposal = sent.object().getJsonNumber("proposalId").longValue();
        assertTrue(sent.raw().headers().firstValue("Location").orElseThrow().endsWith("/api/proposals/" + proposal));
        assertEquals(Set.of("group:" + first, "group:" + second), ready(proposal).getJsonArray("needs").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("reference")).collect(Collectors.toSet()));
    }

    @Test
    void a_batch_choice_that_is_empty_unknown_taken_or_not_staffs_is_refused_whole() {
        long engagement = engagement("3201");
        long open = group("3201", engagement, "Rektorer i Bærum 6a");
        long taken = group("3201", engagement, "Rektorer i Bærum 6b");
        long best = api.get("api/groups/" + taken + "/adviser-ranking").object().getJsonArray("eligible").getJsonObject(0)
                .getJsonNumber("adviserId").longValue();
        api.put("api/groups/" + taken + "/adviser", "{\"adviserId\":" + best + "}").expect(200);
        long newest = newestProposal();

        Api.Reply empty = api.post("api/groups/batch-proposal", "{\"groupIds\":[]}").expect(400);
        assertEquals(List.of("groupIds:batch.empty"), fields(empty));
        assertTrue(empty.contentType().startsWith("application/problem+json"), empty.contentType());
        assertEquals(List.of("groupIds:batch.unknown"), fields(api.post("api/groups/batch-proposal", "{\"groupIds\":[" + open + ",987654321]}").expect(400)));
        Api.Reply withAdviser = api.post("api/groups/batch-proposal", "{\"groupIds\":[" + open + "," + taken + "]}").expect(400);
        assertEquals(List.of("groupIds:batch.hasAdviser"), fields(withAdviser));
        assertTrue(withAdviser.object().getJsonArray("errors").getJsonObject(0).getString("message").contains("Rektorer i Bærum 6b"));
        // Not a list of numbers: a problem document too, never a 500.
        api.post("api/groups/batch-proposal", "{\"groupIds\":\"alle\"}").expect(400);
        api.post("api/groups/batch-proposal", "{\"groupIds\":[\"x\"]}").expect(400);
        // An adviser may not start a batch, not even of groups that need one.
        new Api(base, "hanne.lunde@ledernett.no", Api.PASSWORD).post("api/groups/batch-proposal", "{\"groupIds\":[" + open + "]}").expect(403);
        assertEquals(newest, newestProposal(), "a refused choice starts no proposal");
        assertEquals(1, api.post("api/groups/batch-proposal", "{\"groupIds\":[" + open + "]}").expect(202).object().getInt("needs"));
    }

    private long newestProposal() {
        jakarta.json.JsonArray recent = api.get("api/proposals").array();
        return recent.isEmpty() ? 0 : recent.getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void invalid_groups_are_refused_naming_every_field() {
        assertEquals(List.of("municipality:municipality.unknown", "kind:oneOf", "plannedMeetings:range", "location:group.locationRequired"),
                fields(api.post("api/groups", """
                        {"name":"X","municipality":"9999","engagementId":1,"kind":"BIG","plannedMeetings":0,"start":"2027-01-01","mode":"IN_PERSON"}""")
                        .expect(400)));
        long bergenEngagement = api.get("api/municipalities/4601/engagements").array().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(List.of("engagementId:engagement.otherMunicipality"), fields(api.post("api/groups", """
                {"name":"X","municipality":"3201","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":4,"start":"2027-01-01","mode":"VIDEO"}"""
                .formatted(bergenEngagement)).expect(400)));
        api.get("api/groups/987654").expect(404);
    }

    @Test
    void listing_groups_costs_a_constant_number_of_statements_whatever_the_page_size() {
        long engagement = engagement("5001");
        // A page of 200 (the largest) full of rows, and more behind it.
        int existing = api.get("api/groups").object().getInt("total");
        for (int i = existing; i < 250; i++) {
            api.post("api/groups", """
                    {"name":"Gruppe %03d","municipality":"5001","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":6,
                     "start":"2027-01-01","mode":"VIDEO"}""".formatted(i, engagement)).expect(201);
        }
        assertTrue(api.get("api/groups").object().getInt("total") >= 250);
        int small = statements(api.get("api/groups?size=10").expect(200));
        Api.Reply full = api.get("api/groups?size=200").expect(200);
        assertEquals(200, full.object().getJsonArray("items").size(), "a full page of the largest size");
        int large = statements(full);
        int filtered = statements(api.get("api/groups?size=200&municipality=5001&kind=CROSS_DISCIPLINARY").expect(200));
        assertEquals(small, large, "statements for 10 vs 200 rows");
        assertEquals(small, filtered);
        assertTrue(large <= 6, large + " statements");
        assertEquals(statements(api.get("api/municipalities?size=10")), statements(api.get("api/municipalities?size=200")));
    }

    private static int statements(Api.Reply reply) {
        return Integer.parseInt(reply.raw().headers().firstValue("X-Ledernett-Statements").orElseThrow(
                () -> new AssertionError("no statement count; is ledernett.diagnostics.statement-count on?")));
    }

    private double remainingHours(long group, long adviser) {
        return api.get("api/groups/" + group + "/adviser-ranking").expect(200).object().getJsonArray("eligible").getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getJsonNumber("adviserId").longValue() == adviser).findFirst().orElseThrow()
                .getJsonNumber("remainingHours").doubleValue();
    }
}
