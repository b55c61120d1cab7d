package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ledernett.app.AuthorizationMatrixIT.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input to pages never gives a 500 or a stack trace (issue 19, finding 9): every page with view
 * parameters (found in the WAR, so a new page is covered the day it is added), every parameter,
 * malformed, negative, zero, too large, empty, NUL and quote values, as every role that may open
 * the page; and postbacks with a forged, foreign or missing view state, plain and AJAX.
 */
@ExtendWith(ArquillianExtension.class)
class MalformedParameterIT {

    static final List<String> VALUES = List.of("abc", "-1", "0", "99999999999999999999", "", "%00", "%27");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void every_page_answers_bad_values_of_every_view_parameter_without_a_500_or_a_stack_trace() throws Exception {
        Map<String, List<String>> pages = FacesSession.viewParameters();
        assertTrue(pages.size() >= 15, "pages with view parameters found in the WAR: " + pages);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        int requests = 0;
        for (var page : pages.entrySet()) {
            for (Role role : Role.values()) {
                if (role != Role.ANONYMOUS && !AuthorizationMatrixIT.allowed(role, page.getKey())) {
                    continue;
                }
                for (String parameter : page.getValue()) {
                    for (String value : VALUES) {
                        String path = page.getKey().substring(1) + "?" + parameter + "=" + value;
                        HttpResponse<String> reply = get(role, path);
                        requests++;
                        statuses.merge(reply.statusCode(), 1, Integer::sum);
                        java.util.regex.Matcher trace = FacesSession.STACK_TRACE.matcher(reply.body());
                        boolean traced = trace.find();
                        if (reply.statusCode() >= 500 || traced) {
                            failures.add(role + " " + path + " -> " + reply.statusCode() + (traced ? " shows " + trace.group() : ""));
                        }
                    }
                }
            }
        }
        assertTrue(requests > 150, "requests made: " + requests);
        assertEquals(List.of(), failures, "statuses seen: " + statuses);
    }

    @Test
    void a_malformed_id_is_a_bad_request_and_an_unknown_one_not_found() throws Exception {
        HttpResponse<String> malformed = get(Role.STAFF, "admin/groups/group.xhtml?id=abc");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("Ugyldig adresse"), "a page in the user's language: " + malformed.body());
        assertEquals(400, get(Role.STAFF, "admin/groups/group.xhtml?id=99999999999999999999").statusCode());
        assertEquals(404, get(Role.STAFF, "admin/groups/group.xhtml?id=-1").statusCode());
        assertEquals(404, get(Role.STAFF, "admin/groups/group.xhtml?id=").statusCode());
        assertEquals(404, get(Role.PARTICIPANT, "portal/meeting.xhtml?id=99999999").statusCode());
        assertEquals(400, get(Role.PARTICIPANT, "portal/meeting.xhtml?id=%27").statusCode());
    }

    @Test
    void an_api_query_parameter_of_the_wrong_type_is_a_bad_request_that_names_it_and_a_malformed_path_id_not_found() {
        Api staff = new Api(base);
        Map<String, String> wrong = Map.of("api/notifications?page=abc", "page", "api/groups?size=1e3", "size", "api/invoices?municipality=4601&year=abc", "year");
        for (var entry : wrong.entrySet()) {
            String path = entry.getKey();
            String parameter = entry.getValue();
            jakarta.json.JsonObject problem = staff.get(path).expect(400).object();
            assertEquals(parameter, problem.getJsonArray("errors").getJsonObject(0).getString("field"), path + ": " + problem);
            assertEquals("Har feil format.", problem.getJsonArray("errors").getJsonObject(0).getString("message"), path + ": " + problem);
        }
        staff.get("api/groups/abc").expect(404);
    }

    @Test
    void a_forged_foreign_or_missing_view_state_is_sent_back_to_the_page_not_a_500() throws Exception {
        FacesSession staff = FacesSession.signedIn(base, Api.STAFF);
        FacesSession other = FacesSession.signedIn(base, Api.STAFF);
        String page = "admin/groups/index.xhtml";
        FacesSession.Form form = staff.forms(staff.get(page).body()).stream().filter(f -> f.viewState() != null).findFirst().orElseThrow();
        String foreign = other.forms(other.get(page).body()).stream().filter(f -> f.viewState() != null).findFirst().orElseThrow().viewState();
        for (String state : new String[] {"garbage", "-1:-1", foreign, "", "%00"}) {
            for (boolean ajax : new boolean[] {false, true}) {
                Map<String, String> fields = new LinkedHashMap<>(form.fields());
                fields.put("jakarta.faces.ViewState", state);
                if (ajax) {
                    fields.put("jakarta.faces.partial.ajax", "true");
                    fields.put("jakarta.faces.source", form.id());
                    fields.put("jakarta.faces.partial.execute", "@all");
                    fields.put("jakarta.faces.partial.render", "@all");
                }
                HttpResponse<String> reply = staff.post(form.action(), fields, ajax);
                String what = (ajax ? "AJAX " : "") + "view state '" + state + "': " + reply.statusCode() + " " + reply.body();
                assertTrue(reply.statusCode() < 500, what);
                assertFalse(FacesSession.STACK_TRACE.matcher(reply.body()).find(), what);
                if (ajax) {
                    assertTrue(reply.body().contains("<redirect"), "an AJAX postback is told to reload the page: " + what);
                } else {
                    assertEquals(302, reply.statusCode(), what);
                    assertTrue(reply.headers().firstValue("Location").orElse("").contains("/admin/groups/index.xhtml"), what);
                }
            }
        }
        // The page it is sent back to says why nothing was saved.
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.put("jakarta.faces.ViewState", "garbage");
        String back = staff.post(form.action(), fields).headers().firstValue("Location").orElseThrow();
        assertTrue(staff.get(back).body().contains("Skjemaet var utløpt"), "the message after the redirect");
    }

    private HttpResponse<String> get(Role role, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(base.getPath() + path))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(30)).GET();
        if (role != Role.ANONYMOUS) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((AuthorizationMatrixIT.USERS.get(role) + ":" + Api.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
