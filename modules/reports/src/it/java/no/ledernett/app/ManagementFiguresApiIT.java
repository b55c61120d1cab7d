package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The management figures over HTTP, checked against what the other endpoints say record by record
 * (engagements and their logged hours, meetings and their attendance, requests), so a figure a
 * query got wrong differs; filters change what is counted; only staff get them; a bad filter is a
 * 400; the Excel workbook opens and holds the same rows. Every expectation is computed from the
 * data at the time, so earlier classes on a shared database do not break it.
 */
@ExtendWith(ArquillianExtension.class)
class ManagementFiguresApiIT {

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

    private JsonObject figures(String query) {
        return staff.get("api/reports/figures" + (query.isEmpty() ? "" : "?" + query)).expect(200).object();
    }

    private static double number(JsonObject o, String key) {
        return o.getJsonNumber(key).doubleValue();
    }

    /** Sold, used, remaining per month for one municipality, computed from its engagements and each one's logged hours. */
    private Map<YearMonth, double[]> expectedHours(String municipality, YearMonth from, YearMonth to) {
        Map<YearMonth, double[]> expected = new TreeMap<>();
        for (JsonObject e : staff.get("api/municipalities/" + municipality + "/engagements").expect(200).array().getValuesAs(JsonObject.class)) {
            String status = e.getString("status");
            LocalDate start = LocalDate.parse(e.getString("start"));
            LocalDate end = LocalDate.parse(e.getString("end"));
            if (!(status.equals("ACTIVE") || status.equals("COMPLETED")) || start.isAfter(to.atEndOfMonth()) || end.isBefore(from.atDay(1))) {
                continue;
            }
            int budget = e.getInt("hourBudget");
            Map<YearMonth, Double> logged = new HashMap<>();
            staff.get("api/hours?engagementId=" + e.getJsonNumber("id")).expect(200).array().getValuesAs(JsonObject.class)
                    .forEach(h -> logged.merge(YearMonth.from(LocalDate.parse(h.getString("date"))), number(h, "hours"), Double::sum));
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                YearMonth month = m;
                boolean runs = !start.isAfter(m.atEndOfMonth()) && !end.isBefore(m.atDay(1));
                double[] row = expected.computeIfAbsent(m, k -> new double[3]);
                row[1] += logged.getOrDefault(m, 0.0);
                if (runs) {
                    row[0] += budget;
                    row[2] += budget - logged.entrySet().stream().filter(l -> !l.getKey().isAfter(month)).mapToDouble(Map.Entry::getValue).sum();
                }
            }
        }
        expected.values().removeIf(r -> r[0] == 0 && r[1] == 0);
        return expected;
    }

    private static Map<YearMonth, double[]> hoursOf(JsonObject figures, String municipality) {
        Map<YearMonth, double[]> rows = new TreeMap<>();
        figures.getJsonArray("hours").getValuesAs(JsonObject.class).stream().filter(r -> r.getString("municipality").equals(municipality))
                .forEach(r -> rows.put(YearMonth.parse(r.getString("month")), new double[] {number(r, "sold"), number(r, "used"), number(r, "remaining")}));
        return rows;
    }

    private static void assertSameHours(Map<YearMonth, double[]> expected, Map<YearMonth, double[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "months with sold or used hours");
        expected.forEach((m, e) -> {
            for (int i = 0; i < 3; i++) {
                assertEquals(e[i], actual.get(m)[i], 0.005, m + " " + List.of("sold", "used", "remaining").get(i));
            }
        });
    }

    @Test
    void hours_per_client_and_month_are_the_engagements_budgets_and_their_logged_hours() {
        JsonObject figures = figures("");
        YearMonth from = YearMonth.parse(figures.getString("from"));
        YearMonth to = YearMonth.parse(figures.getString("to"));
        assertEquals(11, from.until(to, java.time.temporal.ChronoUnit.MONTHS), "the last twelve months by default");
        Map<YearMonth, double[]> bergen = expectedHours("4601", from, to);
        assertTrue(bergen.values().stream().anyMatch(r -> r[1] > 0), "the demo data has hours logged in Bergen in the last year");
        assertSameHours(bergen, hoursOf(figures, "4601"));
        assertSameHours(expectedHours("1804", from, to), hoursOf(figures, "1804"));

        // An engagement sold for a year ahead of everything else shows as sold and remaining in its months, and only there.
        YearMonth future = YearMonth.of(2031, 3);
        staff.post("api/engagements", """
                {"municipality":"5501","kind":"NETWORK_GROUPS","start":"2031-03-01","end":"2031-04-30","hourBudget":37,"status":"ACTIVE"}""").expect(201);
        JsonObject ahead = figures("from=2031-02&to=2031-05&county=55");
        assertSameHours(expectedHours("5501", future.minusMonths(1), future.plusMonths(2)), hoursOf(ahead, "5501"));
        assertTrue(hoursOf(ahead, "5501").get(future)[0] >= 37);
        List<JsonObject> byMonth = ahead.getJsonArray("hoursByMonth").getValuesAs(JsonObject.class);
        assertEquals(List.of("2031-02", "2031-03", "2031-04", "2031-05"), byMonth.stream().map(m -> m.getString("month")).toList());
        assertTrue(number(byMonth.get(1), "sold") >= 37 && number(byMonth.get(3), "sold") < number(byMonth.get(2), "sold"),
                "sold counts an engagement only in the months it runs: " + byMonth);
    }

    @Test
    void filters_change_what_is_counted() {
        JsonObject all = figures("");
        JsonObject vestland = figures("county=46");
        JsonObject nordland = figures("county=18");
        assertTrue(hoursOf(vestland, "4601").size() > 0);
        assertEquals(Map.of(), hoursOf(nordland, "4601"), "Bergen is not in Nordland");
        assertTrue(hoursOf(nordland, "1804").size() > 0);
        assertTrue(vestland.getJsonArray("hoursByClient").size() < all.getJsonArray("hoursByClient").size());
        assertTrue(vestland.getJsonArray("capacity").getValuesAs(JsonObject.class).stream().allMatch(a -> a.getString("homeCounty").equals("46")));
        assertTrue(vestland.getJsonArray("capacity").size() < all.getJsonArray("capacity").size());

        long hanne = TestAdvisers.hanne(staff);
        JsonObject hers = figures("adviser=" + hanne);
        assertEquals(List.of(hanne), hers.getJsonArray("capacity").getValuesAs(JsonObject.class).stream().map(a -> a.getJsonNumber("id").longValue()).toList());
        assertEquals(hanne, hers.getJsonNumber("adviserId").longValue());
        // Only the engagements she logged hours on in the period.
        Set<String> hersClients = hers.getJsonArray("hoursByClient").getValuesAs(JsonObject.class).stream().map(c -> c.getString("municipality"))
                .collect(Collectors.toSet());
        assertTrue(hersClients.size() < all.getJsonArray("hoursByClient").size(), "her clients: " + hersClients);
        // Requests are not an adviser's: the adviser filter leaves them as they are.
        assertEquals(all.getJsonArray("requests"), hers.getJsonArray("requests"));

        JsonObject capacity = all.getJsonArray("capacityByMonth").getJsonObject(0);
        int sumCapacity = all.getJsonArray("capacity").getValuesAs(JsonObject.class).stream().mapToInt(a -> a.getInt("monthlyCapacity")).sum();
        assertEquals(sumCapacity, capacity.getInt("capacity"), "a month's capacity is the advisers' added up");
        assertEquals(YearMonth.now().toString(), capacity.getString("month"), "capacity from this month on");
    }

    @Test
    void attendance_per_month_is_what_the_meetings_registers_say() {
        JsonObject figures = figures("county=46");
        // Every Vestland group's held meetings in the period, and their attendance.
        YearMonth from = YearMonth.parse(figures.getString("from"));
        YearMonth to = YearMonth.parse(figures.getString("to"));
        Map<YearMonth, int[]> expected = new TreeMap<>();
        List<JsonObject> groups = new ArrayList<>();
        for (int page = 0; page == 0 || groups.size() < staff.get("api/groups?size=200").object().getInt("total"); page++) {
            groups.addAll(staff.get("api/groups?size=200&page=" + page).expect(200).object().getJsonArray("items").getValuesAs(JsonObject.class));
        }
        for (JsonObject g : groups) {
            if (!g.getString("municipality").startsWith("46")) {
                continue;
            }
            for (JsonObject m : staff.get("api/meetings?groupId=" + g.getJsonNumber("id")).expect(200).array().getValuesAs(JsonObject.class)) {
                YearMonth month = YearMonth.from(LocalDate.parse(m.getString("date")));
                if (!m.getString("status").equals("HELD") || month.isBefore(from) || month.isAfter(to)) {
                    continue;
                }
                Map<String, JsonValue> marks = staff.get("api/meetings/" + m.getJsonNumber("id") + "/attendance").expect(200).object();
                if (!marks.isEmpty()) {
                    int[] e = expected.computeIfAbsent(month, k -> new int[2]);
                    e[0] += marks.size();
                    e[1] += (int) marks.values().stream().filter(v -> v.toString().contains("PRESENT")).count();
                }
            }
        }
        assertFalse(expected.isEmpty(), "the demo data has held meetings with attendance in Vestland");
        Map<YearMonth, int[]> actual = new TreeMap<>();
        figures.getJsonArray("attendance").getValuesAs(JsonObject.class).stream().filter(m -> m.getInt("marked") > 0)
                .forEach(m -> actual.put(YearMonth.parse(m.getString("month")), new int[] {m.getInt("marked"), m.containsKey("present") ? m.getInt("present") : -1}));
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((month, e) -> {
            assertEquals(e[0], actual.get(month)[0], month + " marked");
            if (actual.get(month)[1] >= 0) {
                assertEquals(e[1], actual.get(month)[1], month + " present");
            }
        });
    }

    @Test
    void a_request_counts_in_its_month_and_its_handling_time_once_handled() {
        String month = "from=" + YearMonth.now() + "&to=" + YearMonth.now() + "&county=46";
        JsonObject before = figures(month).getJsonArray("requests").getJsonObject(0);
        JsonObject nordland = figures(month.replace("county=46", "county=18")).getJsonArray("requests").getJsonObject(0);
        Api contact = new Api(base, "ingrid.solheim@bergen.kommune.no", Api.PASSWORD);
        long id = contact.post("api/portal/requests", """
                {"kind":"NETWORK_GROUP","participants":8,"start":"2031-02-01","end":"2031-06-30","wishes":"Nøkkeltall"}""").expect(201).object()
                .getJsonNumber("id").longValue();
        JsonObject received = figures(month).getJsonArray("requests").getJsonObject(0);
        assertEquals(before.getInt("received") + 1, received.getInt("received"));
        assertEquals(before.getInt("handled"), received.getInt("handled"));
        assertEquals(nordland, figures(month.replace("county=46", "county=18")).getJsonArray("requests").getJsonObject(0), "Nordland's are its own");
        staff.post("api/requests/" + id + "/handled", "{\"note\":\"Tatt\"}").expect(200);
        JsonObject handled = figures(month).getJsonArray("requests").getJsonObject(0);
        assertEquals(before.getInt("handled") + 1, handled.getInt("handled"));
        assertTrue(handled.containsKey("averageHours") && number(handled, "longestHours") >= 0 && number(handled, "longestHours") < 1,
                "handled within the hour: " + handled);
    }

    @Test
    void only_staff_get_the_figures_and_a_bad_filter_is_refused_with_its_fields() throws Exception {
        for (String user : List.of("hanne.lunde@ledernett.no", "ingrid.solheim@bergen.kommune.no", "gunnar.vik@bergen.kommune.no")) {
            Api other = new Api(base, user, Api.PASSWORD);
            assertEquals(403, other.get("api/reports/figures").status(), user);
            assertEquals(403, other.download("api/reports/figures.xlsx").status(), user);
            assertNotEquals(200, other.get("admin/reports/figures.xhtml").status(), user);
        }
        Api.Reply bad = staff.get("api/reports/figures?from=2026-13&to=2026-01&county=99&adviser=Hanne");
        assertEquals(400, bad.status());
        assertEquals(List.of("adviser", "county", "from"), bad.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).sorted().toList());
        assertEquals(400, staff.get("api/reports/figures?from=2026-05&to=2026-04").status(), "the wrong way round");
        assertEquals(400, staff.get("api/reports/figures?from=2020-01&to=2026-01").status(), "longer than three years");
        assertEquals(400, staff.get("api/reports/figures?adviser=999999999").status(), "no such adviser");
        assertEquals(400, staff.download("api/reports/figures.xlsx?county=99").status());
    }

    @Test
    void the_workbook_holds_the_same_rows_as_the_json_one_sheet_per_section() throws Exception {
        String query = "county=46";
        JsonObject figures = figures(query);
        HttpResponse<byte[]> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/reports/figures.xlsx?" + query))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("staff@ledernett.no:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "nn").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, reply.statusCode());
        assertTrue(reply.headers().firstValue("Content-Disposition").orElseThrow().contains(".xlsx"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(reply.body()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("Timar", "Kapasitet", "Oppmøte og tilbakemelding", "Førespurnader"), sheets.stream().map(Sheet::getName).toList());
            List<Row> hours = sheets.get(0).read();
            assertEquals("Kommunenummer", hours.get(0).getCellText(0));
            assertEquals(figures.getJsonArray("hours").size() + 1, hours.size());
            JsonObject first = figures.getJsonArray("hours").getJsonObject(0);
            assertEquals(first.getString("name"), hours.get(1).getCellText(1));
            assertEquals(CellType.NUMBER, hours.get(1).getCell(4).getType());
            assertEquals(number(first, "used"), hours.get(1).getCellAsNumber(4).orElseThrow().doubleValue(), 0.001);
            int adviserMonths = figures.getJsonArray("capacity").size() * figures.getJsonArray("capacityMonths").size();
            assertEquals(adviserMonths + 1, sheets.get(1).read().size());
            assertEquals(figures.getJsonArray("attendance").size() + 1, sheets.get(2).read().size());
            List<Row> requests = sheets.get(3).read();
            assertEquals(figures.getJsonArray("requests").size() + 1, requests.size());
            List<Number> received = new ArrayList<>();
            requests.subList(1, requests.size()).forEach(r -> received.add(r.getCellAsNumber(1).orElseThrow().intValue()));
            assertEquals(figures.getJsonArray("requests").getValuesAs(JsonObject.class).stream().map(r -> r.getInt("received")).toList(), received);
        }
    }

    @Test
    void the_page_shows_the_four_sections_and_keeps_the_filter_in_its_links() {
        long hanne = TestAdvisers.hanne(staff);
        String page = staff.get("admin/reports/figures.xhtml?county=46&adviser=" + hanne).expect(200).body();
        for (String id : List.of("hoursByMonth", "hoursByClient", "capacityByMonth", "capacityByAdviser", "attendance", "requests")) {
            assertTrue(page.contains("id=\"" + id + "\""), id);
        }
        YearMonth to = YearMonth.now();
        YearMonth from = to.minusMonths(11);
        assertTrue(page.contains("api/reports/figures.xlsx?from=" + from + "&amp;to=" + to + "&amp;county=46&amp;adviser=" + hanne),
                "the Excel link keeps the filter");
        assertTrue(page.contains("value=\"" + from + "\""));
        java.time.format.DateTimeFormatter month = java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", java.util.Locale.forLanguageTag("nb"));
        assertTrue(page.contains("Viser " + month.format(from) + " – " + month.format(to) + ". Fylke: Vestland. Veileder: Hanne Lunde."),
                "what is shown, in words");
        for (String monthly : List.of("hoursByMonth", "attendance", "requests")) {
            assertEquals(12, countRows(page, monthly), "a row per month of the period in " + monthly);
        }
        assertEquals(12, countRows(page, "capacityByMonth"), "twelve months ahead");
        assertEquals(1, countRows(page, "capacityByAdviser"), "the chosen adviser");
        String none = staff.get("admin/reports/figures.xhtml?from=2031-01&to=2031-01&county=56").expect(200).body();
        assertTrue(none.contains("id=\"hoursNone\"") && !none.contains("id=\"hoursByClient\""), "no clients: says so instead of an empty table");
        String bad = staff.get("admin/reports/figures.xhtml?from=2026-13").expect(200).body();
        assertTrue(bad.contains("Skriv måneden som åååå-mm"), "a bad filter says why and shows the default figures");
        String unknown = staff.get("admin/reports/figures.xhtml?county=46&adviser=999999999").expect(200).body();
        assertTrue(unknown.contains("Velg en veileder fra listen.") && unknown.contains("Fylke: Vestland.") && !unknown.contains("Veileder: "),
                "an adviser that does not exist: said, and the county's figures for every adviser");
    }

    private static int countRows(String page, String tableId) {
        int start = page.indexOf("id=\"" + tableId + "\"");
        int end = page.indexOf("</table>", start);
        return page.substring(start, end).split("<tr><th scope=\"row\">", -1).length - 1;
    }
}
