package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ledernett.app.AuthorizationMatrixIT.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A form posted back with another object's id (in the address or the body) acts on the object the
 * page loaded and checked, never on the other one (issue 19, finding 2): real write attempts in
 * the meeting room (an adviser against another adviser's meeting in another municipality) and the
 * portal's meeting form (a leader against another municipality's meeting), checked before and after
 * through the staff API; and every page with view parameters (found in the WAR) posted back with
 * another object's parameters keeps its own object.
 */
@ExtendWith(ArquillianExtension.class)
class ViewParameterTamperingIT {

    static final String ADVISER = AuthorizationMatrixIT.USERS.get(Role.ADVISER);
    static final String LEADER = AuthorizationMatrixIT.USERS.get(Role.PARTICIPANT);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    /** A new group with its meetings scheduled from five days ahead (so intake is open for the first), and that first meeting. */
    private long firstMeeting(Api staff, String municipality, String name, Long member) {
        long engagement = staff.get("api/municipalities/" + municipality + "/engagements").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> !e.getString("kind").equals("INDIVIDUAL_COACHING")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long group = staff.post("api/groups", """
                {"name":"%s","municipality":"%s","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":2,"interval":"MONTHLY",
                 "start":"%s","mode":"VIDEO","defaultMethod":"PEER_COACHING","blackoutPeriods":""}""".formatted(name, municipality, engagement, LocalDate.now().plusDays(5)))
                .expect(201).object().getJsonNumber("id").longValue();
        if (member != null) {
            staff.post("api/groups/" + group + "/members", "{\"leaderId\":" + member + "}").expect(201);
        }
        return staff.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** Moves the meeting to yesterday, so it may be marked held (never before its day). */
    private static void yesterday(Api staff, long meeting) {
        staff.put("api/meetings/" + meeting, """
                {"date":"%s","start":"09:00","end":"11:30","version":%d}""".formatted(LocalDate.now().minusDays(1),
                staff.get("api/meetings/" + meeting).object().getJsonNumber("version").longValue())).expect(200);
    }

    private static long engagementOf(Api staff, long meeting) {
        long group = staff.get("api/meetings/" + meeting).object().getJsonNumber("groupId").longValue();
        return staff.get("api/groups/" + group).object().getJsonNumber("engagementId").longValue();
    }

    /** The form posted back as it came, but with the other object's id in the address and in the body, and this button pressed. */
    private static HttpResponse<String> tampered(FacesSession session, FacesSession.Form form, String button, long foreign,
                                                 Map<String, String> typed) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.putAll(typed);
        fields.put("id", String.valueOf(foreign));
        fields.put(button, button);
        String action = form.action().replaceAll("([?&])id=\\d+", "$1id=" + foreign);
        return session.post(action.contains("id=") ? action : action + (action.contains("?") ? "&" : "?") + "id=" + foreign, fields);
    }

    @Test
    void an_adviser_cannot_mark_another_advisers_meeting_held_by_posting_its_id() throws Exception {
        Api staff = new Api(base);
        long hanne = TestAdvisers.hanne(staff);
        long own = firstMeeting(staff, "4601", "Rommet " + System.nanoTime(), null);
        long ownGroup = staff.get("api/meetings/" + own).object().getJsonNumber("groupId").longValue();
        staff.put("api/groups/" + ownGroup + "/adviser", "{\"adviserId\":" + hanne + "}").expect(200);
        long foreign = firstMeeting(staff, "1804", "Fremmed rom " + System.nanoTime(), null);
        yesterday(staff, own);
        yesterday(staff, foreign);
        long foreignEngagement = engagementOf(staff, foreign);
        int hoursBefore = staff.get("api/hours?engagementId=" + foreignEngagement).array().size();
        assertEquals("PLANNED", staff.get("api/meetings/" + foreign).object().getString("status"));

        FacesSession adviser = FacesSession.signedIn(base, ADVISER);
        assertEquals(404, adviser.get("admin/meetings/meeting.xhtml?id=" + foreign).statusCode(), "not her meeting");
        HttpResponse<String> room = adviser.get("admin/meetings/meeting.xhtml?id=" + own);
        assertEquals(200, room.statusCode());
        HttpResponse<String> reply = tampered(adviser, adviser.form(room.body(), "room"), "room:held", foreign, Map.of());

        assertTrue(reply.statusCode() < 500, "status " + reply.statusCode());
        assertEquals("PLANNED", staff.get("api/meetings/" + foreign).object().getString("status"), "the other adviser's meeting is untouched");
        assertEquals(hoursBefore, staff.get("api/hours?engagementId=" + foreignEngagement).array().size(), "no hours logged on the other engagement");
        assertEquals("HELD", staff.get("api/meetings/" + own).object().getString("status"), "the click acted on the meeting the page showed");
    }

    /**
     * A form posted without the page's CSP nonce, or with a forged one (a client without scripts,
     * or a replay), is answered 400, never 500. The nonce is no guard against forgery: the view state
     * is; PrimeFaces checks the nonce only as it renders the answer.
     */
    @Test
    void a_postback_without_the_pages_nonce_is_answered_400_not_500() throws Exception {
        Api staff = new Api(base);
        long hanne = TestAdvisers.hanne(staff);
        long own = firstMeeting(staff, "4601", "Nonce " + System.nanoTime(), null);
        long ownGroup = staff.get("api/meetings/" + own).object().getJsonNumber("groupId").longValue();
        staff.put("api/groups/" + ownGroup + "/adviser", "{\"adviserId\":" + hanne + "}").expect(200);
        FacesSession adviser = FacesSession.signedIn(base, ADVISER);
        for (String nonce : new String[] {"forged", null}) {
            HttpResponse<String> room = adviser.get("admin/meetings/meeting.xhtml?id=" + own);
            FacesSession.Form form = adviser.form(room.body(), "attendance");
            Map<String, String> fields = new LinkedHashMap<>(form.fields());
            if (nonce == null) {
                fields.remove("primefaces.nonce");
            } else {
                fields.put("primefaces.nonce", nonce);
            }
            HttpResponse<String> reply = adviser.post(form.action(), fields);
            assertEquals(400, reply.statusCode(), "nonce " + nonce + ": " + reply.body());
            assertFalse(reply.body().contains("CspException") || reply.body().contains("\tat "), "no trace of the exception");
        }
    }

    @Test
    void a_leader_cannot_write_a_challenge_into_another_municipalitys_meeting_by_posting_its_id() throws Exception {
        Api staff = new Api(base);
        long gunnar = staff.get("api/leaders?municipality=4601&q=gunnar.vik").object().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        long own = firstMeeting(staff, "4601", "Egen gruppe " + System.nanoTime(), gunnar);
        long foreign = firstMeeting(staff, "1804", "Fremmed gruppe " + System.nanoTime(), null);
        assertEquals(0, staff.get("api/meetings/" + foreign + "/challenges").array().size());

        FacesSession leader = FacesSession.signedIn(base, LEADER);
        assertEquals(404, leader.get("portal/meeting.xhtml?id=" + foreign).statusCode(), "another municipality's meeting: not found, not 500");
        HttpResponse<String> page = leader.get("portal/meeting.xhtml?id=" + own);
        assertEquals(200, page.statusCode());
        String marker = "TAMPER-" + System.nanoTime();
        HttpResponse<String> reply = tampered(leader, leader.form(page.body(), "challenge"), "challenge:save", foreign,
                Map.of("challenge:title", marker, "challenge:description", marker));

        assertTrue(reply.statusCode() < 500, "status " + reply.statusCode() + " " + reply.body());
        assertFalse(FacesSession.STACK_TRACE.matcher(reply.body()).find(), reply.body());
        assertEquals(0, staff.get("api/meetings/" + foreign + "/challenges").array().size(), "nothing written to the other meeting");
        assertEquals(gunnar, staff.get("api/meetings/" + own + "/challenges").array().getJsonObject(0).getJsonNumber("leaderId").longValue(),
                "the challenge went to the meeting the page showed");
    }

    private static final Pattern LINK = Pattern.compile("href=\"[^\"]*?(/(?:admin|portal)/[\\w/]+\\.xhtml)\\?([^\"#]+)\"");

    @Test
    void every_page_with_view_parameters_keeps_its_own_object_when_posted_back_with_another() throws Exception {
        Map<String, List<String>> pages = FacesSession.viewParameters();
        Map<String, String> covered = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Role role : List.of(Role.STAFF, Role.ADVISER, Role.CONTACT, Role.PARTICIPANT)) {
            FacesSession session = FacesSession.signedIn(base, AuthorizationMatrixIT.USERS.get(role));
            Map<String, Set<String>> links = crawl(session, role, pages, failures);
            for (var page : pages.entrySet()) {
                List<String> queries = new ArrayList<>(links.getOrDefault(page.getKey(), Set.of()));
                if (queries.size() < 2 || covered.containsKey(page.getKey())) {
                    continue;
                }
                String own = queries.get(0);
                String other = queries.get(1);
                HttpResponse<String> loaded = session.get(page.getKey().substring(1) + "?" + own);
                if (loaded.statusCode() != 200) {
                    continue;
                }
                for (FacesSession.Form form : session.forms(loaded.body())) {
                    if (form.viewState() == null) {
                        continue;
                    }
                    Map<String, String> fields = new LinkedHashMap<>(form.fields());
                    fields.putAll(parameters(other));
                    HttpResponse<String> reply = session.post(form.action().replaceAll("\\?.*", "") + "?" + other, fields);
                    String what = role + " " + page.getKey() + "?" + own + " posted back with " + other + " (form " + form.id() + ")";
                    if (reply.statusCode() >= 500) {
                        failures.add(what + ": status " + reply.statusCode());
                        continue;
                    }
                    // The form's address carries the page's view parameters as its bean holds them (ViewParamsInActionUrl).
                    for (FacesSession.Form after : session.forms(reply.body())) {
                        if (after.viewState() == null || !after.action().contains(page.getKey())) {
                            continue;
                        }
                        Map<String, String> held = parameters(query(after.action()));
                        Map<String, String> mine = parameters(own);
                        Map<String, String> theirs = parameters(other);
                        // A parameter its first address had must be held unchanged. One it left out may now name the
                        // page's own object's parent (an engagement's municipality), but never the posted value.
                        boolean sameObject = page.getValue().stream().filter(p -> theirs.get(p) != null && !theirs.get(p).equals(mine.get(p)))
                                .allMatch(p -> mine.get(p) != null ? mine.get(p).equals(held.get(p)) : !theirs.get(p).equals(held.get(p)));
                        if (!sameObject) {
                            failures.add(what + ": the page now holds " + after.action());
                            break;
                        }
                    }
                }
                covered.put(page.getKey(), role + " " + own + " vs " + other);
            }
        }
        System.out.println("View parameter tampering, pages covered: " + covered + "; not covered (fewer than two links found): "
                + pages.keySet().stream().filter(p -> !covered.containsKey(p)).toList());
        assertTrue(covered.size() >= 8, "pages covered: " + covered);
        assertTrue(covered.containsKey("/admin/meetings/meeting.xhtml") && covered.containsKey("/admin/groups/group.xhtml"), covered.toString());
        assertEquals(List.of(), failures);
    }

    /** Links to pages with view parameters, from the pages this role may open (breadth first, a bounded number of pages). */
    private Map<String, Set<String>> crawl(FacesSession session, Role role, Map<String, List<String>> pages, List<String> failures) throws Exception {
        Map<String, Set<String>> links = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String page : AuthorizationMatrixIT.pages()) {
            if (page.startsWith("/admin/") || page.startsWith("/portal/")) {
                if (AuthorizationMatrixIT.allowed(role, page) && !pages.containsKey(page)) {
                    queue.add(page.substring(1));
                }
            }
        }
        int visited = 0;
        while (!queue.isEmpty() && visited < 60) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> reply = session.get(path);
            visited++;
            if (reply.statusCode() != 200) {
                continue;
            }
            Matcher m = LINK.matcher(reply.body());
            while (m.find()) {
                String page = m.group(1);
                String query = m.group(2).replace("&amp;", "&");
                List<String> names = java.util.Arrays.stream(query.split("&")).map(p -> p.split("=", 2)[0]).toList();
                if (names.size() != new LinkedHashSet<>(names).size()) {
                    // A link to the same page must carry its own parameters only, not the page's as well (ViewParamsInActionUrl).
                    failures.add(role + " " + path + " links to " + page + "?" + query);
                }
                if (pages.containsKey(page) && AuthorizationMatrixIT.allowed(role, page)) {
                    if (links.computeIfAbsent(page, p -> new LinkedHashSet<>()).add(query) && links.get(page).size() <= 2) {
                        queue.add(page.substring(1) + "?" + query);
                    }
                }
            }
        }
        return links;
    }

    private static String query(String url) {
        int q = url.indexOf('?');
        return q < 0 ? "" : url.substring(q + 1);
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> map = new TreeMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                map.put(java.net.URLDecoder.decode(kv[0], java.nio.charset.StandardCharsets.UTF_8),
                        kv.length > 1 ? java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8) : "");
            }
        }
        return map;
    }
}
