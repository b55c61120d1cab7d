package no.ledernett.app;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.ledernett.app.AuthorizationMatrixIT.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * WCAG 2.1 AA in a real browser: every page of the WAR (read from it by {@link AuthorizationMatrixIT#pages()}, so a new
 * page cannot slip through), as every role that may see it ({@link AuthorizationMatrixIT#allowed}), with demo data and real ids, checked by axe-core in headless
 * Chromium with the WCAG 2.0/2.1 A and AA rules. Any violation fails; target/accessibility/report.md lists each page,
 * role and result.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

    /**
     * The WAR with a marker of its own, so this class gets its own Payara Micro and its own copy of the
     * demo data (SharedPayaraMicro starts one per distinct archive): it walks the demo data as it was
     * made, and signing in every demo user with a language picked (which becomes their account's
     * choice) must not change what the classes after it see.
     */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett().addAsWebInfResource(new StringAsset("AccessibilityIT's own instance"), "accessibility-check.txt");
    }

    @ArquillianResource
    URL base;

    static Browser browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = new Browser();
        // axe-core takes its time on the longest pages.
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static final List<String> LANGUAGES = List.of("nb", "nn", "en");

    /** How Texts and JSF show a key no bundle has. */
    static final java.util.regex.Pattern RAW_KEY = java.util.regex.Pattern.compile("\\?\\?\\?[\\w.\\-]+\\?\\?\\?");

    /** Pages anyone may open; checked signed out. */
    static final List<String> PUBLIC_PAGES = List.of("/login.xhtml", "/forgot.xhtml", "/password.xhtml", "/tilgjengelighet.xhtml");

    /**
     * Violations accepted for one rule on one selector only, each with the reason. Keep this empty unless PrimeFaces
     * produces markup that neither the page nor CSS can fix.
     */
    static final Map<String, String> ACCEPTED = Map.of();

    /** Every check so far, for the report. */
    static final List<Result> RESULTS = new ArrayList<>();

    record Visit(Role role, String path) {
    }

    /** What axe-core found: violations, and the rules it could not decide on its own (for people to look at; not failing). */
    record Check(List<String> violations, List<String> review) {
    }

    record Result(Visit visit, String landed, String title, Check check) {

        List<String> violations() {
            return check.violations();
        }
    }

    @Test
    void every_page_as_every_role_that_may_see_it_has_no_wcag_a_or_aa_violation() throws Exception {
        List<String> pages = AuthorizationMatrixIT.pages();
        assertTrue(pages.size() > 20, "pages found in the WAR: " + pages);
        Map<String, List<String>> variants = variants(base);
        List<Visit> visits = new ArrayList<>();
        for (Role role : List.of(Role.ANONYMOUS, Role.STAFF, Role.ADVISER, Role.CONTACT, Role.PARTICIPANT)) {
            for (String page : pages) {
                if (role == Role.ANONYMOUS ? PUBLIC_PAGES.contains(page) : !PUBLIC_PAGES.contains(page) && AuthorizationMatrixIT.allowed(role, page)) {
                    for (String query : variants.getOrDefault(page, List.of(""))) {
                        // An adviser may open a coaching course, but only staff start a new one (404 otherwise).
                        if (!(query.isEmpty() && role == Role.ADVISER && page.equals("/admin/coaching/course.xhtml"))) {
                            visits.add(new Visit(role, page + query));
                        }
                    }
                }
            }
        }
        List<String> unchecked = new ArrayList<>(pages);
        visits.forEach(v -> unchecked.remove(v.path().replaceAll("\\?.*", "")));
        assertEquals(List.of(), unchecked, "every page is visited by at least one role");

        String axe = axe();
        List<Result> results = new ArrayList<>();
        java.util.Set<String> shot = new java.util.HashSet<>();
        Role signedIn = null;
        List<String> languageFailures = new ArrayList<>();
        int n = 0;
        for (Visit visit : visits) {
            if (visit.role() != signedIn) {
                browser.signOut();
                signedIn = visit.role();
            }
            // Each page in one of the three languages in turn: with BundleCompletenessTest (every key in
            // every bundle) this finds a key a page asks for that no bundle has, and a wrong lang attribute.
            String language = LANGUAGES.get(n++ % LANGUAGES.size());
            browser.chooseLanguage(base, language);
            String path = visit.path().substring(1);
            if (visit.role() == Role.ANONYMOUS) {
                browser.driver.get(base + path);
            } else {
                browser.open(base, path, AuthorizationMatrixIT.USERS.get(visit.role()), Api.PASSWORD);
            }
            // A signed-in user's own choice outranks the browser's: switch with the header's picker, as they would.
            browser.useLanguage(language);
            String where = visit.path() + " as " + visit.role() + " in " + language;
            String lang = browser.settledLang();
            if (!language.equals(lang)) {
                languageFailures.add(where + ": lang=\"" + lang + "\"");
            }
            java.util.regex.Matcher raw = RAW_KEY.matcher(browser.driver.getPageSource());
            if (raw.find()) {
                languageFailures.add(where + ": shows the raw key " + raw.group());
            }
            results.add(new Result(visit, browser.driver.getCurrentUrl().replace(base.toString(), "/"), browser.driver.getTitle(), check(axe)));
            // "-nn"/"-en" after the name of a page shown in nynorsk or English (update-screenshots.sh knows).
            browser.screenshot(screenName(visit, shot) + (language.equals("nb") ? "" : "-" + language));
        }
        browser.useLanguage("nb");
        browser.chooseLanguage(base, "nb");
        assertEquals(List.of(), languageFailures, "pages in their language");
        RESULTS.addAll(results);
        Path report = report(RESULTS);
        List<String> errorTitles = errorTitles();
        assertTrue(errorTitles.size() >= 4, "error page titles: " + errorTitles);

        List<String> failures = new ArrayList<>();
        for (Result r : results) {
            if (!r.violations().isEmpty()) {
                failures.add(r.visit().path() + " as " + r.visit().role() + ": " + r.violations());
            }
            if (r.visit().role() != Role.ANONYMOUS && r.landed().contains("/login.xhtml")) {
                failures.add(r.visit().path() + " as " + r.visit().role() + ": landed on the sign-in page");
            }
            if (errorTitles.stream().anyMatch(r.title()::contains)) {
                failures.add(r.visit().path() + " as " + r.visit().role() + ": an error page, " + r.title());
            }
        }
        assertEquals(List.of(), failures, "see " + report);
    }

    @Test
    void forms_showing_their_error_messages_have_no_wcag_a_or_aa_violation() throws Exception {
        String axe = axe();
        List<Result> results = new ArrayList<>();
        browser.signOut();
        browser.driver.get(base + "login.xhtml");
        browser.signIn("nobody@ledernett.no", "wrong-password");
        results.add(withErrors(Role.ANONYMOUS, "/login.xhtml", "wrong password", axe));
        // Submitted empty: the server refuses, nothing is saved.
        for (String[] form : List.of(new String[] {"STAFF", "admin/municipalities/engagement.xhtml?municipality=4601", "form:save"},
                new String[] {"CONTACT", "portal/leaders.xhtml", "leader:save"})) {
            Role role = Role.valueOf(form[0]);
            browser.signOut();
            browser.open(base, form[1], AuthorizationMatrixIT.USERS.get(role), Api.PASSWORD);
            browser.driver.findElement(By.id(form[2])).click();
            results.add(withErrors(role, "/" + form[1], "submitted empty", axe));
        }
        RESULTS.addAll(results);
        Path report = report(RESULTS);
        List<String> failures = results.stream().filter(r -> !r.violations().isEmpty())
                .map(r -> r.visit().path() + " as " + r.visit().role() + ": " + r.violations()).toList();
        assertEquals(List.of(), failures, "see " + report);
    }

    @Test
    void the_leader_import_s_columns_and_preview_have_no_wcag_a_or_aa_violation() throws Exception {
        String axe = axe();
        List<Result> results = new ArrayList<>();
        Path file = Files.createDirectories(Path.of("target", "accessibility")).resolve("ledere.csv");
        Files.writeString(file, "Navn;E-post;Sektor\nKari Nordmann;kari.tilgjengelig@lillestrom.kommune.no;Skole\nOla;ikke-en-adresse;Romfart\n");
        for (String[] page : List.of(new String[] {"CONTACT", "portal/import.xhtml"}, new String[] {"STAFF", "admin/municipalities/import.xhtml?municipality=3205"})) {
            Role role = Role.valueOf(page[0]);
            browser.signOut();
            browser.open(base, page[1], AuthorizationMatrixIT.USERS.get(role), Api.PASSWORD);
            browser.driver.findElement(By.id("import:file_input")).sendKeys(file.toAbsolutePath().toString());
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("import:preview")));
            results.add(new Result(new Visit(role, "/" + page[1] + " (columns)"), browser.driver.getCurrentUrl().replace(base.toString(), "/"),
                    browser.driver.getTitle(), check(axe)));
            browser.click(By.id("import:preview"));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
            results.add(new Result(new Visit(role, "/" + page[1] + " (preview with errors)"), browser.driver.getCurrentUrl().replace(base.toString(), "/"),
                    browser.driver.getTitle(), check(axe)));
        }
        RESULTS.addAll(results);
        Path report = report(RESULTS);
        List<String> failures = results.stream().filter(r -> !r.violations().isEmpty())
                .map(r -> r.visit().path() + " as " + r.visit().role() + ": " + r.violations()).toList();
        assertEquals(List.of(), failures, "see " + report);
    }

    /**
     * A stable name for the screenshot of a visit, "screen-&lt;role&gt;-&lt;page&gt;[-&lt;parameter&gt;]" (ids vary between
     * databases, so only the parameter's name): screen-staff-admin-index, screen-contact-portal-index,
     * screen-adviser-admin-meetings-meeting-id; a second visit of the same kind gets "-2". deploy/docs/update-screenshots.sh
     * picks the README's screenshots from these.
     */
    static String screenName(Visit visit, java.util.Set<String> taken) {
        String name = "screen-" + visit.role().name().toLowerCase(java.util.Locale.ROOT)
                + visit.path().replace(".xhtml", "").replaceAll("=[^&]*", "").replaceAll("[/?&]+", "-");
        String unique = name;
        for (int n = 2; !taken.add(unique); n++) {
            unique = name + "-" + n;
        }
        return unique;
    }

    /** Checks the page once it shows an error message. */
    private Result withErrors(Role role, String path, String state, String axe) {
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".message-error, .ui-message-error, .ui-messages-error")));
        browser.screenshot("accessibility" + path.replaceAll("\\?.*|\\.xhtml", "").replace('/', '-'));
        return new Result(new Visit(role, path + " (" + state + ")"), browser.driver.getCurrentUrl().replace(base.toString(), "/"),
                browser.driver.getTitle(), check(axe));
    }

    private static String axe() throws Exception {
        return Files.readString(Path.of(System.getProperty("ledernett.axe", "target/axe/node_modules/axe-core/axe.min.js")));
    }

    /** Runs axe-core on the page the browser shows; each violation as "rule-id: target [colours], target (impact)". */
    private static Check check(String axe) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        if (Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'undefined';"))) {
            js.executeScript(axe);
        }
        String json = (String) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                    .then(r => done(JSON.stringify({review: r.incomplete.map(i => i.id + ' (' + i.nodes.map(n => n.target.join(' ')).join(', ') + ')'), violations: r.violations.map(v => ({id: v.id, impact: v.impact,
                        targets: v.nodes.map(n => n.target.join(' ')),
                        details: v.nodes.map(n => (n.any.concat(n.all, n.none).find(c => c.data && c.data.contrastRatio) || {}).data)
                            .map(d => d ? ' [' + d.fgColor + ' on ' + d.bgColor + ', ' + d.contrastRatio + ':1]' : '')}))})))
                    .catch(e => done(JSON.stringify({review: [], violations: [{id: 'axe-error', impact: String(e), targets: [], details: []}]})));
                """, TAGS);
        List<String> violations = new ArrayList<>();
        JsonObject result = Json.createReader(new StringReader(json)).readObject();
        for (JsonObject v : result.getJsonArray("violations").getValuesAs(JsonObject.class)) {
            String id = v.getString("id");
            List<String> targets = new ArrayList<>();
            List<JsonString> found = v.getJsonArray("targets").getValuesAs(JsonString.class);
            List<JsonString> details = v.getJsonArray("details").getValuesAs(JsonString.class);
            for (int i = 0; i < found.size(); i++) {
                if (!found.get(i).getString().equals(ACCEPTED.get(id))) {
                    targets.add(found.get(i).getString() + details.get(i).getString());
                }
            }
            if (!targets.isEmpty() || v.getJsonArray("targets").isEmpty()) {
                violations.add(id + ": " + String.join(", ", targets) + " (" + v.get("impact") + ")");
            }
        }
        return new Check(violations, result.getJsonArray("review").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
    }

    private static Path report(List<Result> results) throws Exception {
        Path dir = Path.of(System.getProperty("ledernett.accessibility.report", "target/accessibility"));
        Files.createDirectories(dir);
        StringBuilder md = new StringBuilder("# Accessibility: axe-core, tags " + String.join(", ", TAGS) + "\n\n");
        long failed = results.stream().filter(r -> !r.violations().isEmpty()).count();
        md.append(results.size()).append(" page visits, ").append(failed).append(" with violations.\n\n");
        if (!ACCEPTED.isEmpty()) {
            md.append("Accepted (not counted): ").append(ACCEPTED).append("\n\n");
        }
        md.append("Needs review: rules axe-core could not decide alone (e.g. contrast over an image); they do not fail the test.\n\n");
        md.append("| page | role | landed on | title | result | needs review |\n|---|---|---|---|---|---|\n");
        for (Result r : results) {
            md.append("| ").append(r.visit().path()).append(" | ").append(r.visit().role()).append(" | ").append(r.landed()).append(" | ").append(r.title().replace("|", "\\|")).append(" | ")
                    .append(r.violations().isEmpty() ? "ok" : String.join("<br>", r.violations()).replace("|", "\\|")).append(" | ")
                    .append(String.join(", ", r.check().review())).append(" |\n");
        }
        Path file = dir.resolve("report.md");
        Files.writeString(file, md, StandardCharsets.UTF_8);
        return file;
    }

    /** The titles of the error pages (not found, forbidden, expired, unexpected), in bokmål as the browser asks for. */
    private static List<String> errorTitles() throws Exception {
        List<String> titles = new ArrayList<>();
        for (String suffix : List.of("", "_nn", "_en")) {
            java.util.Properties messages = new java.util.Properties();
            try (var in = AccessibilityIT.class.getResourceAsStream("/no/ledernett/app/Messages" + suffix + ".properties")) {
                messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            messages.stringPropertyNames().stream().filter(k -> k.startsWith("error.") && k.endsWith(".title")).map(messages::getProperty)
                    .forEach(titles::add);
        }
        return titles;
    }

    /** Query strings for pages that show one thing: real demo ids, fetched as staff (ColumnHeadersIT visits them too). */
    static Map<String, List<String>> variants(java.net.URL base) throws Exception {
        Api staff = new Api(base);
        long bergenGroup = staff.get("api/groups?municipality=4601").object().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long adviser = staff.get("api/advisers?q=Hanne").object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("email").equals(AuthorizationMatrixIT.USERS.get(Role.ADVISER))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonArray own = staff.get("api/groups?adviserId=" + adviser).object().getJsonArray("items");
        if (own.isEmpty()) {
            // On a shared database (the PostgreSQL run) an earlier test class may have given her group to another adviser.
            staff.put("api/groups/" + bergenGroup + "/adviser", "{\"adviserId\":" + adviser + "}").expect(200);
            own = staff.get("api/groups?adviserId=" + adviser).object().getJsonArray("items");
        }
        long adviserGroup = own.getJsonObject(0).getJsonNumber("id").longValue();
        long meeting = staff.get("api/meetings?groupId=" + adviserGroup).array().getJsonObject(0).getJsonNumber("id").longValue();
        JsonArray courses = staff.get("api/coaching?adviserId=" + adviser).object().getJsonArray("items");
        if (courses.isEmpty()) {
            courses = staff.get("api/coaching").object().getJsonArray("items");
        }
        long course = courses.getJsonObject(0).getJsonNumber("id").longValue();
        long engagement = staff.get("api/municipalities/4601/engagements").array().getJsonObject(0).getJsonNumber("id").longValue();
        long contact = staff.get("api/municipalities/4601/contacts").array().getJsonObject(0).getJsonNumber("id").longValue();
        long leader = staff.get("api/leaders?municipality=4601").object().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long proposal = proposal(staff);
        // The leader's meetings: one whose challenge form is open, and one that is not (past: feedback), when the demo data has them.
        List<String> participantMeetings = new ArrayList<>();
        List<JsonObject> mine = new Api(base, AuthorizationMatrixIT.USERS.get(Role.PARTICIPANT), Api.PASSWORD).get("api/portal/meetings")
                .expect(200).array().getValuesAs(JsonObject.class);
        for (boolean open : List.of(true, false)) {
            mine.stream().filter(m -> m.getBoolean("intakeOpen") == open).findFirst()
                    .ifPresent(m -> participantMeetings.add("?id=" + m.getJsonObject("meeting").getJsonNumber("id").longValue()));
        }
        assertTrue(!participantMeetings.isEmpty(), "the demo leader has meetings");

        Map<String, List<String>> variants = new TreeMap<>();
        variants.put("/admin/advisers/adviser.xhtml", List.of("?id=" + adviser));
        variants.put("/admin/advisers/edit.xhtml", List.of("", "?id=" + adviser));
        variants.put("/admin/coaching/course.xhtml", List.of("", "?id=" + course));
        variants.put("/admin/groups/edit.xhtml", List.of("?municipality=4601", "?id=" + bergenGroup));
        variants.put("/admin/groups/group.xhtml", List.of("?id=" + bergenGroup));
        variants.put("/admin/municipalities/leaders.xhtml", List.of("?municipality=4601"));
        variants.put("/admin/users/invitations.xhtml", List.of("", "?municipality=4601"));
        // The import's first step, for a municipality and without one (it says to choose one first).
        variants.put("/admin/municipalities/import.xhtml", List.of("?municipality=4601", ""));
        // The demo participant: a leader with groups and meetings, so every part of the leader's page shows.
        long participant = staff.get("api/leaders?municipality=4601&q=" + AuthorizationMatrixIT.USERS.get(Role.PARTICIPANT).split("@")[0]).object()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        variants.put("/admin/municipalities/leader.xhtml", List.of("?id=" + participant));
        variants.put("/admin/meetings/calendar.xhtml", List.of("", "?adviser=" + adviser, "?leader=" + participant));
        variants.put("/admin/hours/engagement.xhtml", List.of("?engagement=" + engagement));
        variants.put("/admin/meetings/index.xhtml", List.of("", "?group=" + adviserGroup));
        variants.put("/admin/meetings/meeting.xhtml", List.of("?id=" + meeting));
        variants.put("/admin/municipalities/contact.xhtml", List.of("?municipality=4601", "?id=" + contact));
        variants.put("/admin/municipalities/engagement.xhtml", List.of("", "?municipality=4601", "?id=" + engagement));
        variants.put("/admin/municipalities/municipality.xhtml", List.of("?number=4601"));
        variants.put("/admin/proposals/proposal.xhtml", List.of("?id=" + proposal));
        variants.put("/admin/invoicing/run.xhtml", List.of("?id=" + TestInvoices.approvedRun(staff).getJsonNumber("id")));
        variants.put("/admin/invoicing/terms.xhtml", List.of("?engagementId=" + engagement));
        variants.put("/admin/reports/report.xhtml", List.of("?engagementId=" + engagement));
        // The figures as they open, narrowed to one county and adviser, and with a filter that is not one (its message).
        variants.put("/admin/reports/figures.xhtml", List.of("", "?county=46&adviser=" + adviser, "?from=2026-13"));
        variants.put("/admin/search.xhtml", List.of("?q=Bergen", "?q=gruppe"));
        variants.put("/admin/users/leader.xhtml", List.of("?leader=" + leader));
        variants.put("/portal/group.xhtml", List.of("?id=" + bergenGroup));
        variants.put("/portal/meeting.xhtml", participantMeetings);
        return variants;
    }

    /** The newest computed proposal; when the demo data has none, one for the groups without an adviser (not published). */
    private static long proposal(Api staff) throws InterruptedException {
        JsonArray recent = staff.get("api/proposals").array();
        long id = recent.isEmpty() ? staff.post("api/groups/batch-proposal", "").expect(202).object().getJsonNumber("proposalId").longValue()
                : recent.getJsonObject(0).getJsonNumber("id").longValue();
        for (int i = 0; i < 120 && staff.get("api/proposals/" + id).object().getString("status").equals("COMPUTING"); i++) {
            Thread.sleep(250);
        }
        return id;
    }
}
