package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The municipalities API over HTTP, on Payara Micro with the packaged WAR. */
@ExtendWith(ArquillianExtension.class)
class MunicipalitiesApiIT {

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

    private static String engagement(String municipality, String start, String end, int budget) {
        return """
                {"municipality":"%s","kind":"NETWORK_GROUPS","programme":"Lederløft %s","start":"%s","end":"%s","hourBudget":%d}
                """.formatted(municipality, municipality, start, end, budget);
    }

    private static List<String> fields(Api.Reply problem) {
        return problem.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ":" + e.getString("rule")).toList();
    }

    @Test
    void ready_and_live_when_the_database_answers() {
        Api.Reply ready = api.serverRoot("health/ready").expect(200);
        assertTrue(ready.body().contains("\"database\""), ready.body());
        api.serverRoot("health/live").expect(200);
        api.serverRoot("openapi").expect(200);
    }

    @Test
    void all_357_municipalities_are_there_and_searchable_by_name_number_and_sami_name() {
        assertEquals(357, api.get("api/municipalities").expect(200).object().getInt("total"));
        JsonObject lillestrom = api.get("api/municipalities?q=lillestr%C3%B8m").expect(200).object();
        assertEquals(1, lillestrom.getInt("total"));
        assertEquals("3205", lillestrom.getJsonArray("items").getJsonObject(0).getString("number"));
        assertEquals("Oslo", api.get("api/municipalities?q=0301").object().getJsonArray("items").getJsonObject(0).getString("name"));
        assertEquals("Karasjok", api.get("api/municipalities?q=k%C3%A1r%C3%A1%C5%A1johka").object().getJsonArray("items").getJsonObject(0).getString("name"));
    }

    @Test
    void pages_and_filters_by_county() {
        JsonObject akershus = api.get("api/municipalities?county=32&size=10&page=1").expect(200).object();
        assertEquals(21, akershus.getInt("total"));
        assertEquals(10, akershus.getJsonArray("items").size());
        assertTrue(akershus.getJsonArray("items").getValuesAs(JsonObject.class).stream().allMatch(m -> m.getString("countyNumber").equals("32")));
        assertEquals(15, api.get("api/municipalities/counties").expect(200).array().size());
    }

    @Test
    void a_municipality_becomes_a_client_with_its_first_current_engagement() {
        String number = api.get("api/municipalities?size=200").expect(200).object().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(m -> !m.getBoolean("client")).map(m -> m.getString("number")).findFirst().orElseThrow();
        assertEquals(0, api.get("api/municipalities?clientsOnly=true&q=" + number).object().getInt("total"));
        api.post("api/engagements", engagement(number, "2026-01-01", "2026-12-31", 40)).expect(201);
        assertTrue(api.get("api/municipalities/" + number).object().getBoolean("client"));
        assertEquals(1, api.get("api/municipalities?clientsOnly=true&q=" + number).object().getInt("total"));
    }

    @Test
    void engagement_round_trip_create_read_update_delete() {
        Api.Reply created = api.post("api/engagements", engagement("4204", "2026-02-01", "2026-11-30", 120)).expect(201);
        JsonObject e = created.object();
        String location = created.raw().headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/engagements/" + e.getJsonNumber("id").longValue()), location);
        assertEquals("DRAFT", e.getString("status"));
        assertEquals("Lederløft 4204", e.getString("programme"));
        long id = e.getJsonNumber("id").longValue();

        JsonObject updated = api.put("api/engagements/" + id, """
                {"kind":"NETWORK_GROUPS_AND_COACHING","start":"2026-02-01","end":"2026-12-31","hourBudget":150,"status":"ACTIVE","version":%d}
                """.formatted(e.getJsonNumber("version").longValue())).expect(200).object();
        assertEquals(150, updated.getInt("hourBudget"));
        assertEquals("ACTIVE", updated.getString("status"));
        assertTrue(!updated.containsKey("programme") || updated.isNull("programme"), "a blank programme makes it stand-alone");

        assertTrue(api.get("api/municipalities/4204/engagements").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(x -> x.getJsonNumber("id").longValue() == id));
        api.delete("api/engagements/" + id).expect(204);
        api.get("api/engagements/" + id).expect(404);
    }

    @Test
    void an_engagement_ending_before_it_starts_is_refused_naming_the_field_and_nothing_is_stored() {
        int before = api.get("api/municipalities/3403/engagements").array().size();
        Api.Reply problem = api.post("api/engagements", engagement("3403", "2026-06-01", "2026-05-31", 10)).expect(400);
        assertTrue(problem.contentType().startsWith("application/problem+json"), problem.contentType());
        assertEquals(List.of("end:period.order"), fields(problem));
        assertEquals(400, problem.object().getInt("status"));
        assertEquals("Sluttdato kan ikke være før startdato.", problem.object().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals(before, api.get("api/municipalities/3403/engagements").array().size());
    }

    @Test
    void an_engagement_for_an_unknown_municipality_is_refused_naming_the_field() {
        Api.Reply problem = api.post("api/engagements", engagement("9999", "2026-01-01", "2026-02-01", 10)).expect(400);
        assertEquals(List.of("municipality:municipality.unknown"), fields(problem));
        assertEquals(List.of("municipality:municipality.format"), fields(api.post("api/engagements", engagement("99", "2026-01-01", "2026-02-01", 10)).expect(400)));
    }

    @Test
    void staff_read_and_correct_a_municipalitys_organisation_number_and_a_wrong_one_changes_nothing() {
        assertEquals("964338531", api.get("api/municipalities/4601/organisation-number").expect(200).object().getString("organisationNumber"));
        Api.Reply wrong = api.put("api/municipalities/4601/organisation-number", "{\"organisationNumber\":\"964338532\"}").expect(400);
        assertTrue(wrong.contentType().startsWith("application/problem+json"), wrong.contentType());
        assertEquals(List.of("organisationNumber:organisationNumber"), fields(wrong));
        assertEquals(List.of("organisationNumber:required"), fields(api.put("api/municipalities/4601/organisation-number", "{}").expect(400)));
        Api.Reply empty = api.put("api/municipalities/4601/organisation-number", "").expect(400);
        assertTrue(empty.contentType().startsWith("application/problem+json"), empty.contentType());
        assertEquals("964338531", api.get("api/municipalities/4601/organisation-number").expect(200).object().getString("organisationNumber"));

        // Haram (1580) was re-established in 2024 with a number the seed does not have: staff add it, spaces and all.
        api.get("api/municipalities/1580/organisation-number").expect(404);
        assertEquals("921234554", api.put("api/municipalities/1580/organisation-number", "{\"organisationNumber\":\"921 234 554\"}")
                .expect(200).object().getString("organisationNumber"));
        assertEquals("921234554", api.get("api/municipalities/1580/organisation-number").expect(200).object().getString("organisationNumber"));
        api.put("api/municipalities/9999/organisation-number", "{\"organisationNumber\":\"964338531\"}").expect(404);
    }

    @Test
    void bad_json_and_unknown_ids_are_problem_documents_too() {
        Api.Reply unreadable = api.post("api/engagements", "{\"kind\": ").expect(400);
        assertTrue(unreadable.contentType().startsWith("application/problem+json"));
        assertEquals(List.of("hourBudget:range"), fields(api.post("api/engagements", engagement("3205", "2026-01-01", "2026-02-01", -5)).expect(400)));
        Api.Reply missing = api.get("api/engagements/987654").expect(404);
        assertTrue(missing.contentType().startsWith("application/problem+json"));
        api.get("api/municipalities/9999").expect(404);
        api.get("api/municipalities/abc/contacts").expect(404);
    }

    @Test
    void the_second_of_two_staff_saving_the_same_engagement_gets_a_conflict_and_nothing_is_overwritten() {
        JsonObject e = api.post("api/engagements", engagement("5001", "2026-01-01", "2026-12-31", 100)).expect(201).object();
        long id = e.getJsonNumber("id").longValue();
        long version = e.getJsonNumber("version").longValue();
        String first = """
                {"kind":"NETWORK_GROUPS","start":"2026-01-01","end":"2026-12-31","hourBudget":200,"version":%d}""".formatted(version);
        String second = """
                {"kind":"NETWORK_GROUPS","start":"2026-01-01","end":"2026-12-31","hourBudget":300,"version":%d}""".formatted(version);
        api.put("api/engagements/" + id, first).expect(200);
        Api.Reply conflict = api.put("api/engagements/" + id, second).expect(409);
        assertEquals("urn:ledernett:problem:conflict", conflict.object().getString("type"));
        assertEquals(200, api.get("api/engagements/" + id).object().getInt("hourBudget"));
    }

    @Test
    void contacts_round_trip_and_validation() {
        Api.Reply invalid = api.post("api/contacts", """
                {"municipality":"3205","name":"","email":"not-an-email"}""").expect(400);
        assertEquals(List.of("name:required", "email:email"), fields(invalid));

        JsonObject contact = api.post("api/contacts", """
                {"municipality":"3205","name":"Kari Nordmann","jobTitle":"HR-sjef","email":"kari@lillestrom.kommune.no","phone":"+47 66 93 80 00"}""")
                .expect(201).object();
        long id = contact.getJsonNumber("id").longValue();
        assertTrue(api.get("api/municipalities/3205/contacts").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("name").equals("Kari Nordmann")));
        JsonObject changed = api.put("api/contacts/" + id, """
                {"name":"Kari Nordmann","jobTitle":"Personalsjef","email":"kari@lillestrom.kommune.no","version":%d}"""
                .formatted(contact.getJsonNumber("version").longValue())).expect(200).object();
        assertEquals("Personalsjef", changed.getString("jobTitle"));
        assertEquals(JsonValue.ValueType.NUMBER, changed.get("version").getValueType());
        api.put("api/contacts/" + id, """
                {"municipality":"0301","name":"Kari Nordmann","email":"kari@lillestrom.kommune.no","version":%d}"""
                .formatted(changed.getJsonNumber("version").longValue())).expect(400);
        api.delete("api/contacts/" + id + "?version=0").expect(409);
        api.delete("api/contacts/" + id).expect(204);
        api.get("api/contacts/" + id).expect(404);
    }

    @Test
    void problems_are_in_bokmal_unless_nynorsk_or_english_is_asked_for() {
        assertEquals("Finnes ikke", api.get("api/engagements/987654").object().getString("title"));
        assertEquals("Not found", api.get("api/engagements/987654", "en-GB,en;q=0.8").object().getString("title"));
        assertEquals("Finst ikkje", api.get("api/engagements/987654", "nn-NO").object().getString("title"));
        assertEquals("Finnes ikke", api.get("api/engagements/987654", "no,sv;q=0.5").object().getString("title"));
        assertEquals("Finnes ikke", api.get("api/engagements/987654", "de-DE").object().getString("title"), "a language we do not have");
    }
}
