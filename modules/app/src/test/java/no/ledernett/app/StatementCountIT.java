package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every GET endpoint (read from the OpenAPI document, so a new one cannot slip through) and every
 * list page with the pages behind it costs
 * the same number of SQL statements with the demo data and after the data has grown several
 * times over (more leaders, members, groups, meetings, challenges, advisers, contacts, users,
 * requests, coaching), and at most {@link #MAX} — no statement per row. The counts are written to
 * target/statement-counts.md.
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountIT {

    /** The budget for a list or an endpoint, whatever the number of rows. */
    static final int MAX = 6;

    /**
     * Endpoints that cost more than {@link #MAX}, but a constant number: today's ceiling, so they
     * cannot get worse. The GDPR export came down from 10 to within the budget (docs/performance.md).
     * The staff start page is not one list but eight counts from five modules (meetings this week,
     * intakes closing, groups without an adviser, portal requests, the active engagements' budgets
     * and the hours used on them, failed mails, open invitations), each a COUNT or a grouped sum: 8
     * whatever the data. A contact's group page (and its endpoint) reads the group's adviser's
     * contact card from matching by id since groups no longer loads matching's Adviser entity with the
     * group (issue 21): 7.
     */
    static final Map<String, Integer> OVER_BUDGET = Map.of("/admin/index.xhtml", 8, "/api/portal/groups/{id}", 7, "/portal/group.xhtml", 7,
            // A client report is a document read a few times a month, not a page: one aggregate per kind of figure (meetings,
            // attendance, feedback, coaching, hours), the groups' names, the engagement, its budget use, written form and summary (and the
            // PDF's audit entry).
            "/api/reports/engagements/{id}", 10, "/api/reports/engagements/{id}/pdf", 11);

    /**
     * The plain WAR: the failsafe settings read the committed load that rankings share again on every
     * request (ledernett.matching.load-cache-seconds=0), so that a ranking's count is its worst case.
     */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    private static final Pattern PAGE_COUNT = Pattern.compile("<!-- ledernett-statements: (\\d+) -->");

    record Probe(String who, String template, String path) {
        String key() {
            return who + " GET " + path;
        }
    }

    @Test
    void every_endpoint_costs_the_same_statements_at_two_data_sizes() throws Exception {
        Api staff = new Api(base);
        Api adviser = new Api(base, "hanne.lunde@ledernett.no", Api.PASSWORD);
        Api contact = new Api(base, "ingrid.solheim@bergen.kommune.no", Api.PASSWORD);
        Api participant = new Api(base, "gunnar.vik@bergen.kommune.no", Api.PASSWORD);
        Map<String, Api> as = Map.of("staff", staff, "adviser", adviser, "contact", contact, "participant", participant);

        // A Bergen group with an adviser, members and a planned meeting: on a shared database earlier classes add groups of their own.
        long group = staff.get("api/groups?municipality=4601&q=&size=100").object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(g -> !g.getString("name").equals("Portalgruppen") && g.containsKey("adviserId") && !g.isNull("adviserId"))
                .map(g -> g.getJsonNumber("id").longValue())
                .filter(id -> !staff.get("api/groups/" + id).object().getJsonArray("members").isEmpty()
                        && staff.get("api/meetings?groupId=" + id).array().getValuesAs(JsonObject.class).stream().anyMatch(m -> m.getString("status").equals("PLANNED")))
                .findFirst().orElseThrow();
        long meeting = staff.get("api/meetings?groupId=" + group).array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("status").equals("PLANNED")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long engagement = staff.get("api/municipalities/4601/engagements").array().getJsonObject(0).getJsonNumber("id").longValue();
        long leader = staff.get("api/groups/" + group).object().getJsonArray("members").getJsonObject(0).getJsonNumber("leaderId").longValue();
        long gunnar = staff.get("api/leaders?municipality=4601&q=Gunnar&size=5").object().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        long hanne = TestAdvisers.hanne(staff);
        // Hanne's own course with a session (the adviser probes read its notes); on a shared database others have courses too.
        long courseId = staff.get("api/coaching?q=&adviserId=" + hanne + "&size=100").object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("id").longValue())
                .filter(id -> !staff.get("api/coaching/" + id + "/sessions").array().isEmpty())
                .findFirst().orElseThrow();
        long session = staff.get("api/coaching/" + courseId + "/sessions").array().getJsonObject(0).getJsonNumber("id").longValue();
        long contactId = staff.get("api/municipalities/4601/contacts").array().getJsonObject(0).getJsonNumber("id").longValue();
        long user = staff.get("api/users?size=1").object().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long proposal = staff.post("api/proposals", """
                {"needs":[{"reference":"telling","label":"telling","municipality":"4601","mode":"IN_PERSON","competenceRequired":false,
                 "start":"2027-01-01","end":"2027-06-30","hoursPerMonth":4}]}""").expect(202).object().getJsonNumber("id").longValue();
        for (int i = 0; i < 120 && staff.get("api/proposals/" + proposal).object().getString("status").equals("COMPUTING"); i++) {
            Thread.sleep(250);
        }
        JsonObject invoiceRun = TestInvoices.approvedRun(staff);
        long invoice = invoiceRun.getJsonArray("invoices").getJsonObject(0).getJsonNumber("id").longValue();
        String feed = staff.post("api/calendar", "{\"owner\":\"ADVISER\",\"ownerId\":" + hanne + "}").expect(201).object().getString("url");
        String token = feed.substring(feed.lastIndexOf('/') + 1);

        List<Probe> probes = List.of(
                new Probe("staff", "/api/me", "api/me"),
                new Probe("staff", "/api/municipalities", "api/municipalities?size=200"),
                new Probe("staff", "/api/municipalities/counties", "api/municipalities/counties"),
                new Probe("staff", "/api/municipalities/{number}", "api/municipalities/4601"),
                new Probe("staff", "/api/municipalities/{number}/contacts", "api/municipalities/4601/contacts"),
                new Probe("staff", "/api/municipalities/{number}/engagements", "api/municipalities/4601/engagements"),
                new Probe("staff", "/api/municipalities/{number}/written-form", "api/municipalities/4601/written-form"),
                new Probe("staff", "/api/municipalities/{number}/organisation-number", "api/municipalities/4601/organisation-number"),
                new Probe("staff", "/api/contacts/{id}", "api/contacts/" + contactId),
                new Probe("staff", "/api/engagements/{id}", "api/engagements/" + engagement),
                new Probe("staff", "/api/leaders", "api/leaders?municipality=4601&size=200"),
                new Probe("staff", "/api/leaders/{id}", "api/leaders/" + leader),
                new Probe("staff", "/api/subject-areas", "api/subject-areas"),
                new Probe("staff", "/api/advisers", "api/advisers?size=200"),
                new Probe("staff", "/api/advisers/{id}", "api/advisers/" + hanne),
                new Probe("staff", "/api/advisers/{id}/competences", "api/advisers/" + hanne + "/competences"),
                new Probe("staff", "/api/proposals", "api/proposals"),
                new Probe("staff", "/api/proposals/{id}", "api/proposals/" + proposal),
                new Probe("staff", "/api/groups", "api/groups?size=200"),
                new Probe("staff", "/api/groups/{id}", "api/groups/" + group),
                new Probe("staff", "/api/groups/{id}/adviser-ranking", "api/groups/" + group + "/adviser-ranking"),
                new Probe("staff", "/api/meetings", "api/meetings?groupId=" + group),
                new Probe("staff", "/api/meetings/{id}", "api/meetings/" + meeting),
                new Probe("staff", "/api/meetings/{id}/challenges", "api/meetings/" + meeting + "/challenges"),
                new Probe("staff", "/api/meetings/{id}/focus-advice", "api/meetings/" + meeting + "/focus-advice"),
                new Probe("staff", "/api/meetings/{id}/follow-up", "api/meetings/" + meeting + "/follow-up"),
                new Probe("staff", "/api/meetings/{id}/plan", "api/meetings/" + meeting + "/plan"),
                new Probe("staff", "/api/meetings/{id}/attendance", "api/meetings/" + meeting + "/attendance"),
                new Probe("staff", "/api/meetings/{id}/feedback", "api/meetings/" + meeting + "/feedback"),
                new Probe("staff", "/api/meetings/attendance-figures", "api/meetings/attendance-figures?groupId=" + group),
                new Probe("staff", "/api/hours", "api/hours?engagementId=" + engagement),
                new Probe("staff", "/api/billing-terms/{engagementId}", "api/billing-terms/" + engagement),
                new Probe("staff", "/api/reports/engagements/{id}", "api/reports/engagements/" + engagement),
                new Probe("contact", "/api/reports/engagements/{id}/pdf", "api/reports/engagements/" + engagement + "/pdf"),
                new Probe("staff", "/api/reports/figures", "api/reports/figures"),
                new Probe("staff", "/api/reports/figures (filtered)", "api/reports/figures?from=2026-01&to=2026-12&county=46&adviser=" + hanne),
                new Probe("staff", "/api/reports/figures.xlsx", "api/reports/figures.xlsx?county=46"),
                new Probe("staff", "/api/invoice-runs", "api/invoice-runs"),
                new Probe("staff", "/api/invoice-runs/{id}", "api/invoice-runs/" + invoiceRun.getJsonNumber("id")),
                new Probe("staff", "/api/invoice-runs/{id}/csv", "api/invoice-runs/" + invoiceRun.getJsonNumber("id") + "/csv"),
                new Probe("staff", "/api/invoices/{id}", "api/invoices/" + invoice),
                new Probe("staff", "/api/invoices/{id}/ehf", "api/invoices/" + invoice + "/ehf"),
                new Probe("staff", "/api/invoices/{id}/pdf", "api/invoices/" + invoice + "/pdf"),
                new Probe("contact", "/api/invoices", "api/invoices?size=200"),
                new Probe("staff", "/api/tokens", "api/tokens?all=true"),
                new Probe("contact", "/api/municipalities/{number}/invitations", "api/municipalities/4601/invitations?size=200"),
                new Probe("staff", "/api/hours/csv", "api/hours/csv?engagementId=" + engagement),
                new Probe("staff", "/api/coaching", "api/coaching?size=200"),
                new Probe("staff", "/api/coaching/{id}", "api/coaching/" + courseId),
                new Probe("staff", "/api/coaching/{id}/sessions", "api/coaching/" + courseId + "/sessions"),
                new Probe("adviser", "/api/coaching/sessions/{sessionId}/notes", "api/coaching/sessions/" + session + "/notes"),
                new Probe("staff", "/api/calendar/{token}", "api/calendar/" + token),
                new Probe("staff", "/api/mail", "api/mail"),
                new Probe("staff", "/api/search", "api/search?q=Bergen"),
                new Probe("adviser", "/api/search (adviser)", "api/search?q=gruppe"),
                new Probe("staff", "/api/users", "api/users?size=200"),
                new Probe("staff", "/api/users/{id}", "api/users/" + user),
                new Probe("staff", "/api/audit", "api/audit?size=200"),
                new Probe("staff", "/api/requests", "api/requests?size=200"),
                new Probe("staff", "/api/personal-data/leaders/{id}", "api/personal-data/leaders/" + gunnar),
                new Probe("contact", "/api/portal/overview", "api/portal/overview"),
                new Probe("contact", "/api/portal/groups/{id}", "api/portal/groups/" + group),
                new Probe("contact", "/api/portal/leaders", "api/portal/leaders?size=200"),
                new Probe("contact", "/api/portal/leaders/{id}", "api/portal/leaders/" + leader),
                new Probe("contact", "/api/portal/requests", "api/portal/requests"),
                new Probe("participant", "/api/portal/meetings", "api/portal/meetings"),
                new Probe("participant", "/api/portal/next-steps", "api/portal/next-steps"),
                new Probe("participant", "/api/portal/personal-data", "api/portal/personal-data"),
                // Staff have one notification per portal request at least (the request below); the adviser's list may be empty or not.
                new Probe("staff", "/api/notifications", "api/notifications?size=200"),
                new Probe("adviser", "/api/notifications (adviser)", "api/notifications?size=200"),
                new Probe("staff", "/api/notifications/unread", "api/notifications/unread"),
                new Probe("staff", "/api/notifications/settings", "api/notifications/settings"),
                // List pages and the pages behind them, as each role opens them.
                new Probe("staff", "/admin/index.xhtml", "admin/index.xhtml"),
                new Probe("staff", "/admin/municipalities/index.xhtml", "admin/municipalities/index.xhtml"),
                new Probe("staff", "/admin/municipalities/municipality.xhtml", "admin/municipalities/municipality.xhtml?number=4601"),
                new Probe("staff", "/admin/groups/index.xhtml", "admin/groups/index.xhtml"),
                new Probe("staff", "/admin/groups/group.xhtml", "admin/groups/group.xhtml?id=" + group),
                new Probe("staff", "/admin/municipalities/leaders.xhtml", "admin/municipalities/leaders.xhtml"),
                new Probe("staff", "/admin/municipalities/import.xhtml", "admin/municipalities/import.xhtml?municipality=4601"),
                new Probe("staff", "/admin/advisers/index.xhtml", "admin/advisers/index.xhtml"),
                new Probe("staff", "/admin/advisers/adviser.xhtml", "admin/advisers/adviser.xhtml?id=" + hanne),
                new Probe("staff", "/admin/meetings/index.xhtml", "admin/meetings/index.xhtml?group=" + group),
                new Probe("staff", "/admin/meetings/index.xhtml (all groups)", "admin/meetings/index.xhtml"),
                new Probe("staff", "/admin/meetings/meeting.xhtml", "admin/meetings/meeting.xhtml?id=" + meeting),
                new Probe("staff", "/admin/coaching/index.xhtml", "admin/coaching/index.xhtml"),
                new Probe("staff", "/admin/hours/engagement.xhtml", "admin/hours/engagement.xhtml?engagement=" + engagement),
                new Probe("staff", "/admin/proposals/index.xhtml", "admin/proposals/index.xhtml"),
                new Probe("staff", "/admin/reports/figures.xhtml", "admin/reports/figures.xhtml"),
                new Probe("staff", "/admin/reports/figures.xhtml (filtered)", "admin/reports/figures.xhtml?county=46&adviser=" + hanne),
                // An adviser that does not exist: the page says so and shows every adviser's figures, asked for once.
                new Probe("staff", "/admin/reports/figures.xhtml (unknown adviser)", "admin/reports/figures.xhtml?adviser=999999999"),
                new Probe("staff", "/admin/users/index.xhtml", "admin/users/index.xhtml"),
                new Probe("staff", "/admin/users/audit.xhtml", "admin/users/audit.xhtml"),
                new Probe("staff", "/admin/requests/index.xhtml", "admin/requests/index.xhtml"),
                new Probe("staff", "/admin/mail/index.xhtml", "admin/mail/index.xhtml"),
                new Probe("staff", "/admin/search.xhtml", "admin/search.xhtml?q=Bergen"),
                new Probe("adviser", "/admin/index.xhtml (adviser)", "admin/index.xhtml"),
                new Probe("staff", "/admin/notifications/index.xhtml", "admin/notifications/index.xhtml"),
                new Probe("adviser", "/admin/notifications/index.xhtml (adviser)", "admin/notifications/index.xhtml"),
                new Probe("staff", "/admin/notifications/settings.xhtml", "admin/notifications/settings.xhtml"),
                new Probe("contact", "/portal/index.xhtml", "portal/index.xhtml"),
                new Probe("contact", "/portal/leaders.xhtml", "portal/leaders.xhtml"),
                new Probe("contact", "/portal/import.xhtml", "portal/import.xhtml"),
                new Probe("contact", "/portal/group.xhtml", "portal/group.xhtml?id=" + group),
                new Probe("contact", "/portal/invoices.xhtml", "portal/invoices.xhtml"),
                new Probe("contact", "/portal/invitations.xhtml", "portal/invitations.xhtml"),
                new Probe("staff", "/admin/users/invitations.xhtml", "admin/users/invitations.xhtml?municipality=4601"),
                new Probe("participant", "/portal/index.xhtml (leader)", "portal/index.xhtml"));

        // Every list has at least one row before the first count: an empty list may skip a statement.
        staff.post("api/meetings/" + meeting + "/challenges", """
                {"leaderId":%d,"title":"Første","description":"Beskrivelse","helpWanted":"Hjelp"}""".formatted(leader)).expect(201);
        contact.post("api/portal/requests", """
                {"kind":"NETWORK_GROUP","participants":8,"start":"2027-02-01","end":"2027-06-30","wishes":"Første"}""").expect(201);

        Set<String> missing = getEndpoints();
        probes.stream().filter(p -> p.template().startsWith("/api/")).forEach(p -> missing.remove(p.template()));
        assertEquals(Set.of(), missing, "GET endpoints without a statement count");

        // Once to warm what each instance reads once (the municipality catalogue, subject areas): a
        // first use anywhere in the run is not a statement per request.
        measure(as, probes);
        Map<String, Integer> small = measure(as, probes);
        int added = grow(staff, contact, group, meeting, engagement, gunnar, hanne);
        Map<String, Integer> large = measure(as, probes);

        List<String> wrong = new ArrayList<>();
        StringBuilder report = new StringBuilder("# SQL statements per GET endpoint and page\n\nDemo data, then after adding " + added
                + " rows through the API. Budget: " + MAX + ".\n\n| endpoint | demo data | grown | |\n|---|---|---|---|\n");
        for (Probe p : probes) {
            int before = small.get(p.key());
            int after = large.get(p.key());
            int ceiling = OVER_BUDGET.getOrDefault(p.template(), MAX);
            boolean ok = before == after && after <= ceiling;
            report.append("| ").append(p.who()).append(" ").append(p.template()).append(" | ").append(before).append(" | ").append(after)
                    .append(" | ").append(!ok ? "**over**" : ceiling > MAX ? "constant, over " + MAX : "ok").append(" |\n");
            if (!ok) {
                wrong.add(p.key() + ": " + before + " → " + after);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/statement-counts.md"), report);
        assertEquals(List.of(), wrong, "statements with the demo data → after growth (see target/statement-counts.md)");
        List<String> better = probes.stream().filter(p -> OVER_BUDGET.containsKey(p.template()) && large.get(p.key()) < OVER_BUDGET.get(p.template()))
                .map(p -> p.template() + " now " + large.get(p.key())).toList();
        assertEquals(List.of(), better, "lower these ceilings in OVER_BUDGET");
    }

    private static Map<String, Integer> measure(Map<String, Api> as, List<Probe> probes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Probe p : probes) {
            boolean file = !p.path().startsWith("api/") || p.path().contains("/csv") || p.path().endsWith("/ehf") || p.path().endsWith("/pdf") || p.path().startsWith("api/calendar/")
                    || p.path().contains(".xlsx");
            Api.Reply reply = file ? as.get(p.who()).download(p.path()) : as.get(p.who()).get(p.path());
            assertEquals(200, reply.raw().statusCode(), p.key() + ": " + reply.body());
            if (p.path().startsWith("api/")) {
                counts.put(p.key(), Integer.parseInt(reply.raw().headers().firstValue("X-Ledernett-Statements").orElseThrow(
                        () -> new AssertionError("no statement count; is ledernett.diagnostics.statement-count on?"))));
            } else {
                Matcher m = PAGE_COUNT.matcher(reply.body());
                assertTrue(m.find(), p.key() + " ends without its statement count");
                counts.put(p.key(), Integer.parseInt(m.group(1)));
            }
        }
        return counts;
    }

    /** Several times the demo data, through the API as users would add it. Returns the rows added. */
    private static int grow(Api staff, Api contact, long group, long meeting, long engagement, long gunnar, long hanne) {
        int rows = 0;
        String run = Long.toString(System.nanoTime() % 100000);
        List<Long> leaders = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            leaders.add(staff.post("api/leaders", """
                    {"municipality":"4601","name":"Vekst Leder %s-%d","email":"vekst.%s.%d@bergen.kommune.no","positionTitle":"Rektor","sectorId":1}"""
                    .formatted(run, i, run, i)).expect(201).object().getJsonNumber("id").longValue());
            rows++;
        }
        // Members and challenges in the demo group's meeting, as many as the group takes.
        for (long l : leaders.subList(0, 6)) {
            if (staff.post("api/groups/" + group + "/members", "{\"leaderId\":" + l + "}").raw().statusCode() == 201) {
                rows++;
                staff.post("api/meetings/" + meeting + "/challenges", """
                        {"leaderId":%d,"title":"Vekst %d","description":"Beskrivelse","helpWanted":"Hjelp"}""".formatted(l, l)).expect(201);
                rows++;
            }
        }
        // New groups, each with members (the participant among them), meetings and challenges.
        for (int g = 0; g < 3; g++) {
            long id = staff.post("api/groups", """
                    {"name":"Vekstgruppe %s-%d","municipality":"4601","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":6,
                     "start":"%s","mode":"VIDEO"}""".formatted(run, g, engagement, LocalDate.now().plusDays(3))).expect(201).object().getJsonNumber("id").longValue();
            rows++;
            List<Long> members = new ArrayList<>(leaders.subList(6 + g * 6, 12 + g * 6));
            members.add(gunnar);
            for (long l : members) {
                staff.post("api/groups/" + id + "/members", "{\"leaderId\":" + l + "}").expect(201);
                rows++;
            }
            List<JsonObject> meetings = staff.post("api/meetings", "{\"groupId\":" + id + "}").expect(201).array().getValuesAs(JsonObject.class);
            rows += meetings.size();
            long first = meetings.get(0).getJsonNumber("id").longValue();
            for (long l : members) {
                staff.post("api/meetings/" + first + "/challenges", """
                        {"leaderId":%d,"title":"Sak %d","description":"Beskrivelse","helpWanted":"Hjelp"}""".formatted(l, l)).expect(201);
                rows++;
            }
        }
        for (int i = 0; i < 8; i++) {
            staff.post("api/contacts", """
                    {"municipality":"4601","name":"Vekst Kontakt %d","email":"vekst.kontakt.%s.%d@bergen.kommune.no"}""".formatted(i, run, i)).expect(201);
            staff.post("api/engagements", """
                    {"municipality":"4601","kind":"NETWORK_GROUPS","start":"2027-01-01","end":"2027-12-31","hourBudget":%d}""".formatted(10 + i)).expect(201);
            staff.post("api/advisers", """
                    {"name":"Vekst Rådgiver %s-%d","title":"rådgiver","email":"vekst.raadgiver.%s.%d@ledernett.no","homeCounty":"46","writtenForms":["BOKMAL"],"monthlyCapacity":20}"""
                    .formatted(run, i, run, i)).expect(201);
            staff.post("api/users", """
                    {"email":"vekst.bruker.%s.%d@bergen.kommune.no","name":"Vekst Bruker %d","role":"CONTACT","municipality":"4601"}""".formatted(run, i, i))
                    .expect(201);
            contact.post("api/portal/requests", """
                    {"kind":"NETWORK_GROUP","participants":%d,"start":"2027-02-01","end":"2027-06-30","wishes":"Vekst %d"}""".formatted(8 + i, i)).expect(201);
            rows += 5;
        }
        // Batch proposals, each with two needs: the proposal list shows each one's needs.
        for (int i = 0; i < 3; i++) {
            long proposal = staff.post("api/proposals", """
                    {"needs":[{"reference":"vekst-%d-a","label":"vekst","municipality":"4601","mode":"IN_PERSON","competenceRequired":false,
                     "start":"2027-01-01","end":"2027-06-30","hoursPerMonth":2},
                     {"reference":"vekst-%d-b","label":"vekst","municipality":"4601","mode":"VIDEO","competenceRequired":false,
                     "start":"2027-01-01","end":"2027-06-30","hoursPerMonth":2}]}""".formatted(i, i)).expect(202).object().getJsonNumber("id").longValue();
            for (int w = 0; w < 120 && staff.get("api/proposals/" + proposal).object().getString("status").equals("COMPUTING"); w++) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            rows += 3;
        }
        for (long l : leaders.subList(0, 4)) {
            long course = staff.post("api/coaching", """
                    {"leaderId":%d,"adviserId":%d,"engagementId":%d,"start":"2027-01-01","end":"2027-06-30","hoursPerMonth":2}"""
                    .formatted(l, hanne, coachingEngagement(staff))).expect(201).object().getJsonNumber("id").longValue();
            for (int s = 0; s < 3; s++) {
                staff.post("api/coaching/" + course + "/sessions", """
                        {"date":"2027-01-%02d","start":"10:00","end":"11:00","mode":"PHONE","place":"+47 400 00 000"}""".formatted(11 + s)).expect(201);
            }
            rows += 4;
        }
        return rows;
    }

    private static Long coachingEngagementId;

    /** An engagement in Bergen that bought individual coaching. */
    private static long coachingEngagement(Api staff) {
        if (coachingEngagementId == null) {
            coachingEngagementId = staff.post("api/engagements", """
                    {"municipality":"4601","kind":"INDIVIDUAL_COACHING","start":"2027-01-01","end":"2027-12-31","hourBudget":200,"status":"ACTIVE"}""")
                    .expect(201).object().getJsonNumber("id").longValue();
        }
        return coachingEngagementId;
    }

    /** Every GET path under /api in the OpenAPI document. */
    private Set<String> getEndpoints() throws IOException, InterruptedException {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode());
        JsonObject paths = Json.createReader(new StringReader(reply.body())).readObject().getJsonObject("paths");
        Set<String> gets = new TreeSet<>();
        for (String path : paths.keySet()) {
            int api = path.indexOf("/api/");
            if (api >= 0 && paths.getJsonObject(path).containsKey("get")) {
                gets.add(path.substring(api));
            }
        }
        assertTrue(gets.size() > 40, "GET endpoints in the OpenAPI document: " + gets.size());
        return gets;
    }
}
