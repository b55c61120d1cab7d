package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * API tokens as a program uses them: made by a contact, shown once, acting as the contact in their
 * own municipality only, read-only when made so, refused at once when revoked, never able to make
 * or revoke tokens themselves, and every use in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokensIT {

    static final String BERGEN_CONTACT = "ingrid.solheim@bergen.kommune.no";
    static final String BODO_CONTACT = "marit.johansen@bodo.kommune.no";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    private static List<String> fields(Api.Reply problem) {
        return problem.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ":" + e.getString("rule")).toList();
    }

    @Test
    void a_read_token_reads_the_contacts_own_municipality_and_changes_nothing() {
        Api contact = new Api(base, BERGEN_CONTACT, Api.PASSWORD);
        JsonObject made = contact.post("api/tokens", "{\"name\":\"Rapportverktøy\",\"scope\":\"read\"}").expect(201).object();
        String secret = made.getString("token");
        assertTrue(secret.startsWith("lnt_") && secret.length() > 40, secret);
        assertEquals("READ", made.getString("scope"));
        assertEquals(LocalDate.now().plusDays(90), LocalDate.parse(made.getString("expiresOn")), "90 days unless told otherwise");
        // Shown once: the list never holds the secret.
        List<JsonObject> mine = contact.get("api/tokens").expect(200).array().getValuesAs(JsonObject.class);
        assertTrue(mine.stream().anyMatch(t -> t.getJsonNumber("id").longValue() == made.getJsonNumber("id").longValue()), mine.toString());
        assertTrue(mine.stream().noneMatch(t -> t.containsKey("token")), mine.toString());

        Api program = Api.withToken(base, secret);
        JsonObject me = program.get("api/me").expect(200).object();
        assertEquals("contact", me.getString("role"));
        assertEquals("4601", me.getString("municipality"));
        program.get("api/portal/overview").expect(200);
        program.get("api/invoices?municipality=1804").expect(404);
        Api.Reply refused = program.post("api/portal/requests", "{}").expect(403);
        assertEquals("urn:ledernett:problem:read-only", refused.object().getString("type"));
        // A token cannot make or revoke tokens, so a leaked one cannot keep itself alive.
        program.get("api/tokens").expect(403);
        program.post("api/tokens", "{\"name\":\"Ny\"}").expect(403);

        JsonObject listed = contact.get("api/tokens").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == made.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        assertTrue(listed.containsKey("lastUsedAt"), "when it was last used: " + listed);
        Api staff = new Api(base);
        assertTrue(staff.get("api/audit?action=api-token.use&size=200").expect(200).object().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().anyMatch(a -> a.getString("subject", "").startsWith("api-token:" + made.getJsonNumber("id") + " GET /api/portal/overview")),
                "every use is audited");
    }

    @Test
    void a_revoked_token_is_refused_at_once_and_only_its_owner_or_staff_may_revoke_it() {
        Api contact = new Api(base, BERGEN_CONTACT, Api.PASSWORD);
        JsonObject made = contact.post("api/tokens", """
                {"name":"HR-synk","scope":"READ_WRITE","expiresOn":"%s"}""".formatted(LocalDate.now().plusDays(30))).expect(201).object();
        Api program = Api.withToken(base, made.getString("token"));
        String email = "token-" + System.nanoTime() + "@bergen.kommune.no";
        JsonObject leader = program.post("api/portal/leaders", """
                {"name":"Token Testesen","email":"%s","positionTitle":"Rektor"}""".formatted(email)).expect(201).object();
        assertEquals(email, leader.getString("email"), "a read-write token changes what its owner may change");

        long id = made.getJsonNumber("id").longValue();
        new Api(base, BODO_CONTACT, Api.PASSWORD).delete("api/tokens/" + id).expect(404);
        program.get("api/me").expect(200);
        JsonObject revoked = contact.delete("api/tokens/" + id).expect(200).object();
        assertTrue(revoked.containsKey("revokedAt"), revoked.toString());
        Api.Reply refused = program.get("api/me").expect(401);
        assertTrue(refused.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), refused.raw().headers().toString());
        assertEquals("urn:ledernett:problem:unauthorized", refused.object().getString("type"));

        // Staff see everyone's tokens (a contact who left) and may revoke them.
        JsonObject other = new Api(base, BODO_CONTACT, Api.PASSWORD).post("api/tokens", "{\"name\":\"Bodø\"}").expect(201).object();
        Api staff = new Api(base);
        assertTrue(staff.get("api/tokens?all=true").expect(200).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getJsonNumber("id").longValue() == other.getJsonNumber("id").longValue() && t.getString("owner").equals(BODO_CONTACT)));
        staff.delete("api/tokens/" + other.getJsonNumber("id")).expect(200);
        Api.withToken(base, other.getString("token")).get("api/me").expect(401);
    }

    @Test
    void wrong_tokens_and_bad_input_are_refused_with_what_was_wrong() {
        Api.withToken(base, "lnt_" + "A".repeat(43)).get("api/me").expect(401);
        Api.withToken(base, "not-a-token").get("api/me").expect(401);
        // A token is for programs on the API: a page is not opened with one.
        Api contact = new Api(base, BERGEN_CONTACT, Api.PASSWORD);
        String secret = contact.post("api/tokens", "{\"name\":\"Side\"}").expect(201).object().getString("token");
        assertNotEquals(200, Api.withToken(base, secret).get("portal/index.xhtml").status());

        assertEquals(List.of("name:required"), fields(contact.post("api/tokens", "{}").expect(400)));
        assertEquals(List.of("scope:token.scope"), fields(contact.post("api/tokens", "{\"name\":\"x\",\"scope\":\"ADMIN\"}").expect(400)));
        assertEquals(List.of("expiresOn:token.expiresOn"), fields(contact.post("api/tokens", "{\"name\":\"x\",\"expiresOn\":\"snart\"}").expect(400)));
        assertEquals(List.of("expiresOn:token.expiresOn.range"),
                fields(contact.post("api/tokens", "{\"name\":\"x\",\"expiresOn\":\"" + LocalDate.now().plusYears(2) + "\"}").expect(400)));
        assertEquals(List.of("expiresOn:token.expiresOn.range"),
                fields(contact.post("api/tokens", "{\"name\":\"x\",\"expiresOn\":\"" + LocalDate.now().minusDays(1) + "\"}").expect(400)));
        assertFalse(contact.get("api/tokens").expect(200).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("name").equals("x")), "nothing stored from a refused request");
    }

    @Test
    void an_hr_system_syncs_the_whole_list_of_leaders_with_its_token_and_a_second_sync_changes_nothing() {
        Api contact = new Api(base, BERGEN_CONTACT, Api.PASSWORD);
        Api hr = Api.withToken(base, contact.post("api/tokens", "{\"name\":\"HR\",\"scope\":\"READ_WRITE\"}").expect(201).object().getString("token"));
        String run = String.valueOf(System.nanoTime());
        String boss = "sjef-" + run + "@bergen.kommune.no";
        String a = "a-" + run + "@bergen.kommune.no";
        String b = "b-" + run + "@bergen.kommune.no";
        String list = """
                {"leaders":[{"name":"Sjef Sjefsen","email":"%s","positionTitle":"Kommunalsjef"},
                 {"name":"Anne A","email":"%s","positionTitle":"Rektor","unit":"Skole A","reportsTo":"%s","sector":"skole"},
                 {"name":"Bjørn B","email":"%s","positionTitle":"Rektor","reportsTo":"%s"}]}""";
        JsonObject first = hr.put("api/municipalities/4601/leaders", list.formatted(boss, a, boss, b, boss)).expect(200).object();
        assertEquals(List.of(boss, a, b), first.getJsonArray("added").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(first.getJsonArray("notInList").size() > 0, "the demo's leaders are left alone: " + first);
        JsonObject again = hr.put("api/municipalities/4601/leaders", list.formatted(boss, a, boss, b, boss)).expect(200).object();
        assertEquals(0, again.getJsonArray("added").size(), again.toString());
        assertEquals(0, again.getJsonArray("changed").size(), again.toString());
        assertEquals(3, again.getInt("unchanged"));
        JsonObject changed = hr.put("api/municipalities/4601/leaders", list.replace("Skole A", "Skole C").formatted(boss, a, boss, b, boss)).expect(200).object();
        assertEquals(List.of(a), changed.getJsonArray("changed").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        JsonObject anne = contact.get("api/portal/leaders?q=" + a).expect(200).object().getJsonArray("items").getJsonObject(0);
        assertEquals("Skole C", anne.getString("unit"));
        assertEquals(1, new Api(base).get("api/leaders/" + anne.getJsonNumber("id")).expect(200).object().getInt("sectorId"), "the sector by its name, any case");

        // Every bad row named, and nothing stored.
        String c = "c-" + run + "@bergen.kommune.no";
        Api.Reply refused = hr.put("api/municipalities/4601/leaders", """
                {"leaders":[{"name":"Ny","email":"%s","reportsTo":"ukjent@bergen.kommune.no"},{"name":"To","email":"%s"},{"name":"Tre","email":"ikke-en-adresse"},
                 {"name":"Fire","email":"d-%s","sector":"Romfart"}]}"""
                .formatted(c, c, c)).expect(400);
        assertEquals(List.of("leaders[0].reportsTo:sync.reportsTo", "leaders[1].email:sync.duplicate", "leaders[2].email:email", "leaders[3].sector:sync.sector"),
                fields(refused).stream().sorted().toList());
        assertEquals(0, contact.get("api/portal/leaders?q=" + c).expect(200).object().getJsonNumber("total").intValue());

        hr.put("api/municipalities/1804/leaders", "{\"leaders\":[]}").expect(404);
        String reader = contact.post("api/tokens", "{\"name\":\"Les\"}").expect(201).object().getString("token");
        Api.withToken(base, reader).put("api/municipalities/4601/leaders", "{\"leaders\":[]}").expect(403);
        assertTrue(new Api(base).get("api/audit?action=leaders.sync&size=50").expect(200).object().getJsonArray("items").size() >= 3);
    }
}
