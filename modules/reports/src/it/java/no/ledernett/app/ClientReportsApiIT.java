package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client report over HTTP: staff and the municipality's own contact read it (JSON and PDF/UA),
 * nobody else does; it never holds a challenge's text; it follows the municipality's written form.
 */
@ExtendWith(ArquillianExtension.class)
class ClientReportsApiIT {

    static final String CONTACT_BERGEN = "ingrid.solheim@bergen.kommune.no";
    static final String CONTACT_BODO = "marit.johansen@bodo.kommune.no";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    Api staff;

    @BeforeEach
    void client() {
        staff = new Api(base);
    }

    private long bergenNetworkEngagement() {
        return staff.get("api/municipalities/4601/engagements").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("NETWORK_GROUPS")).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private byte[] pdf(String user, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, reply.statusCode(), path);
        return reply.body();
    }

    private static String text(byte[] pdf, String lang) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(lang, document.getDocumentCatalog().getLanguage());
            assertTrue(new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8).contains("pdfuaid"), "PDF/UA");
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void staff_and_the_own_contact_read_it_others_find_nothing_and_no_challenge_text_is_in_it() throws Exception {
        long engagement = bergenNetworkEngagement();
        long group = staff.get("api/groups?municipality=4601&size=100").object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(g -> staff.get("api/groups/" + g.getJsonNumber("id")).expect(200).object())
                .filter(g -> g.getJsonNumber("engagementId").longValue() == engagement && !g.getJsonArray("members").isEmpty())
                .filter(g -> staff.get("api/meetings?groupId=" + g.getJsonNumber("id")).array().getValuesAs(JsonObject.class).stream()
                        .anyMatch(m -> m.getString("status").equals("PLANNED")))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        long leader = staff.get("api/groups/" + group).object().getJsonArray("members").getJsonObject(0).getJsonNumber("leaderId").longValue();
        String marker = "RAPPORTMARKØR-" + System.nanoTime();
        long meeting = staff.get("api/meetings?groupId=" + group).array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("status").equals("PLANNED")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        staff.post("api/meetings/" + meeting + "/challenges", """
                {"leaderId":%d,"title":"%s","description":"%s","helpWanted":"%s"}""".formatted(leader, marker, marker, marker)).expect(201);

        String path = "api/reports/engagements/" + engagement;
        // The year up to today: the demo's held meetings lie in it, whichever report staff made last.
        String year = "?from=" + java.time.LocalDate.now().minusYears(1) + "&to=" + java.time.LocalDate.now();
        JsonObject report = staff.get(path + year).expect(200).object();
        assertFalse(report.getJsonArray("groups").isEmpty(), report.toString());
        assertTrue(report.getJsonNumber("hoursInPeriod").doubleValue() > 0, "the demo's held meetings logged hours: " + report);
        assertFalse(report.toString().contains(marker));
        Api contact = new Api(base, CONTACT_BERGEN, Api.PASSWORD);
        assertFalse(contact.get(path + year).expect(200).body().contains(marker));
        assertFalse(contact.get(path).expect(200).body().contains(marker));
        String text = text(pdf(CONTACT_BERGEN, path + "/pdf" + year), report.getString("language"));
        assertFalse(text.contains(marker), "no challenge text in the PDF");
        assertTrue(text.contains("offentleglova"), text);

        new Api(base, CONTACT_BODO, Api.PASSWORD).get(path).expect(404);
        new Api(base, "hanne.lunde@ledernett.no", Api.PASSWORD).get(path).expect(403);
        new Api(base, "gunnar.vik@bergen.kommune.no", Api.PASSWORD).get(path).expect(403);
        contact.put(path + "/summary", "{\"summary\":\"Overtatt\"}").expect(403);
        staff.get("api/reports/engagements/987654321").expect(404);
    }

    @Test
    void the_summary_is_kept_per_period_with_versions_and_a_bad_period_is_refused() {
        long engagement = bergenNetworkEngagement();
        String path = "api/reports/engagements/" + engagement;
        String period = "\"from\":\"2026-01-01\",\"to\":\"2026-06-30\"";
        JsonObject first = staff.get(path + "?from=2026-01-01&to=2026-06-30").expect(200).object();
        Long version = absent(first, "summaryVersion") ? null : first.getJsonNumber("summaryVersion").longValue();
        JsonObject written = staff.put(path + "/summary", "{" + period + ",\"summary\":\"Første halvår gikk godt.\""
                + (version == null ? "" : ",\"version\":" + version) + "}").expect(200).object();
        assertEquals("Første halvår gikk godt.", written.getString("summary"));
        long v = written.getJsonNumber("summaryVersion").longValue();
        staff.put(path + "/summary", "{" + period + ",\"summary\":\"Uten versjon\"}").expect(428);
        staff.put(path + "/summary", "{" + period + ",\"summary\":\"Gammel\",\"version\":" + (v + 3) + "}").expect(409);
        assertEquals("Første halvår gikk godt.", staff.get(path + "?from=2026-01-01&to=2026-06-30").expect(200).object().getString("summary"));
        assertTrue(absent(staff.get(path + "?from=2026-01-01&to=2026-05-31").expect(200).object(), "summary"), "another period has its own");
        // Without a period, staff and the contact get the report made last: what the portal's link downloads.
        JsonObject made = new Api(base, CONTACT_BERGEN, Api.PASSWORD).get(path).expect(200).object();
        assertEquals("2026-01-01", made.getString("from"));
        assertEquals("2026-06-30", made.getString("to"));
        assertEquals("Første halvår gikk godt.", made.getString("summary"));
        assertEquals(List.of("summary:maxLength"), fields(staff.put(path + "/summary", "{" + period + ",\"summary\":\"" + "x".repeat(4001)
                + "\",\"version\":" + v + "}").expect(400)));
        assertEquals(List.of("from:date"), fields(staff.get(path + "?from=2026-13-01").expect(400)));
        assertEquals(List.of("to:period.order"), fields(staff.get(path + "?from=2026-06-01&to=2026-05-01").expect(400)));
    }

    @Test
    void a_nynorsk_municipality_gets_its_report_in_nynorsk() throws Exception {
        long engagement = bergenNetworkEngagement();
        String original = staff.get("api/municipalities/4601/written-form").expect(200).object().getString("writtenForm");
        staff.put("api/municipalities/4601/written-form", "{\"writtenForm\":\"NYNORSK\"}").expect(200);
        try {
            String text = text(pdf(Api.STAFF, "api/reports/engagements/" + engagement + "/pdf"), "nn");
            assertTrue(text.contains("Timar brukte per månad"), text);
            assertTrue(text.contains("krevje innsyn"), text);
        } finally {
            staff.put("api/municipalities/4601/written-form", "{\"writtenForm\":\"" + original + "\"}").expect(200);
        }
        String text = text(pdf(Api.STAFF, "api/reports/engagements/" + engagement + "/pdf"), original.equals("NYNORSK") ? "nn" : "nb");
        assertTrue(text.contains(original.equals("NYNORSK") ? "Timar" : "Timer brukt per måned"), text);
    }

    /** JSON-B leaves out what is null. */
    private static boolean absent(JsonObject json, String key) {
        return !json.containsKey(key) || json.isNull(key);
    }

    private static List<String> fields(Api.Reply problem) {
        return problem.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ":" + e.getString("rule")).toList();
    }
}
