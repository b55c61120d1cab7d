package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The adviser screens in Chromium, with the demo advisers. */
class AdviserScreensIT extends BrowserTest {

    private void open(String path) {
        browser.open(base, path);
    }

    /** Chooses an option in a PrimeFaces select menu the way a person does: open it, click the label. */
    private void choose(String id, String label) {
        new Select(browser.driver.findElement(By.id(id))).selectByVisibleText(label);
    }

    /** The rows' texts; while an AJAX update replaces the table, an empty list (the wait asks again). */
    private List<String> rows(String tableId) {
        try {
            return browser.driver.findElements(By.cssSelector("[id$='" + tableId + "'] tbody tr")).stream().map(WebElement::getText).toList();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return List.of();
        }
    }

    @Test
    void the_adviser_list_filters_by_subject_area_and_level() {
        open("admin/advisers/index.xhtml");
        assertEquals("Veiledere", browser.driver.findElement(By.tagName("h1")).getText());
        // Other test classes may share the database (PostgreSQL in CI): compare with what the API says.
        List<String> experts = new Api(base).get("api/advisers?subjectAreaId=1&minLevel=3&active=true&size=200").expect(200).object()
                .getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream().map(a -> a.getString("name")).toList();
        assertTrue(experts.contains("Hanne Lunde") && experts.contains("Eirik Dahl"), experts.toString());
        choose("search:subject", "Skole");
        choose("search:level", "3 – ekspert");
        browser.wait.until(d -> rows("results").size() == experts.size());
        List<String> names = rows("results");
        for (String expert : experts) {
            assertTrue(names.stream().anyMatch(r -> r.contains(expert)), names.toString());
        }
        browser.screenshot("adviser-list");
    }

    @Test
    void find_adviser_ranks_only_competent_advisers_and_explains_the_others() {
        open("admin/advisers/find.xhtml");
        choose("need:subjectAreaId", "Skole");
        browser.driver.findElement(By.cssSelector("[id='need:competenceRequired'] .ui-chkbox-box")).click();
        browser.chooseMunicipality("need:municipality", "Berg", "Bergen (4601)");
        browser.driver.findElement(By.id("need:rank")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ranked")));
        List<WebElement> ranked = browser.driver.findElements(By.cssSelector(".ranked"));
        assertTrue(ranked.get(0).findElement(By.cssSelector(".ranked-name")).getText().startsWith("Hanne Lunde"));
        for (WebElement r : ranked) {
            String text = r.getText();
            assertTrue(text.contains("i fagområdet") && !text.contains("Ingen kompetanse") && !text.contains("Grunnleggende kompetanse"), text);
        }
        String excluded = String.join("\n", rows("excluded"));
        assertTrue(excluded.contains("Ola Nordmann") && excluded.contains("Mangler fagkompetansen kunden krever"), excluded);
        assertFalse(ranked.stream().anyMatch(r -> r.getText().contains("Ola Nordmann")));
        browser.screenshot("find-adviser");
    }

    @Test
    void an_adviser_page_shows_competences_and_load_per_month() {
        open("admin/advisers/index.xhtml");
        browser.driver.findElement(By.id("search:text")).sendKeys("Hanne");
        browser.wait.until(d -> rows("results").size() == 1);
        browser.driver.findElement(By.linkText("Hanne Lunde")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Hanne Lunde"));
        assertTrue(String.join(" ", rows("competences")).contains("Skole"));
        assertEquals(12, browser.driver.findElements(By.cssSelector(".load-table tbody tr")).size());
        browser.screenshot("adviser-page");
    }

    @Test
    void inviting_an_adviser_fills_in_their_name_and_email_from_the_choice() {
        open("admin/users/index.xhtml");
        new Select(browser.driver.findElement(By.id("invite:role"))).selectByValue("ADVISER");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invite:adviserId")));
        choose("invite:adviserId", "Hanne Lunde");
        browser.wait.until(d -> "Hanne Lunde".equals(d.findElement(By.id("invite:name")).getDomProperty("value")));
        assertEquals("hanne.lunde@ledernett.no", browser.driver.findElement(By.id("invite:email")).getDomProperty("value"));
    }

    @Test
    void inviting_a_participant_fills_in_the_chosen_leaders_name_and_email() {
        open("admin/users/index.xhtml");
        new Select(browser.driver.findElement(By.id("invite:role"))).selectByValue("PARTICIPANT");
        // The municipality field is there for contacts too: wait for the participant's leader choice.
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invite:leaderId")));
        // A number typed without picking a suggestion is understood too.
        browser.driver.findElement(By.id("invite:municipality_input")).sendKeys("4601", org.openqa.selenium.Keys.TAB);
        browser.wait.until(d -> d.findElements(By.cssSelector("[id='invite:leaderId'] option")).stream()
                .anyMatch(o -> o.getText().equals("Gunnar Vik")));
        choose("invite:leaderId", "Gunnar Vik");
        browser.wait.until(d -> "Gunnar Vik".equals(d.findElement(By.id("invite:name")).getDomProperty("value")));
        assertEquals("gunnar.vik@bergen.kommune.no", browser.driver.findElement(By.id("invite:email")).getDomProperty("value"));
    }

    @Test
    void staff_and_advisers_search_everything_from_the_header_each_finding_only_what_they_may_open() {
        Api staff = new Api(base);
        Api adviser = new Api(base, "hanne.lunde@ledernett.no", Api.PASSWORD);
        // The API: staff find the municipality by name and by number, capped per kind; an adviser only their own groups and meetings.
        List<jakarta.json.JsonObject> bergen = staff.get("api/search?q=Bergen").expect(200).object().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class);
        assertTrue(bergen.stream().anyMatch(h -> h.getString("kind").equals("municipality") && h.getString("link").endsWith("number=4601")), bergen.toString());
        assertTrue(bergen.stream().filter(h -> h.getString("kind").equals("leader")).count() <= 8, "capped per kind");
        assertTrue(staff.get("api/search?q=4601").object().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .anyMatch(h -> h.getString("label").equals("Bergen")), "by number");
        assertTrue(staff.get("api/search?q=hanne.lunde@").object().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .anyMatch(h -> h.getString("kind").equals("adviser") && h.getString("label").equals("Hanne Lunde")), "by e-mail");
        // A leader is found by e-mail and opens on the leader's own page.
        assertTrue(staff.get("api/search?q=gunnar.vik@").object().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .anyMatch(h -> h.getString("kind").equals("leader") && h.getString("link").matches(".*/admin/municipalities/leader\\.xhtml\\?id=\\d+")), "leader's page");
        long hanne = staff.get("api/advisers?q=Hanne&size=5").object().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        List<String> hers = staff.get("api/groups?adviserId=" + hanne + "&size=200").object().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class)
                .stream().map(g -> g.getString("name")).toList();
        for (String word : List.of("gruppe", "Bergen", "nett", "le")) {
            for (jakarta.json.JsonObject hit : adviser.get("api/search?q=" + word).expect(200).object().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class)) {
                assertTrue(List.of("group", "meeting").contains(hit.getString("kind")), "an adviser finds no " + hit);
                if (hit.getString("kind").equals("group")) {
                    assertTrue(hers.contains(hit.getString("label")), "only her own groups: " + hit);
                    assertTrue(hit.getString("link").startsWith("/admin/meetings/index.xhtml?group="), "a page she may open: " + hit);
                }
            }
        }
        assertEquals(403, new Api(base, "ingrid.solheim@bergen.kommune.no", Api.PASSWORD).get("api/search?q=Bergen").status(), "contacts have no admin search");

        // The header, as one types: a combobox of hits; the arrow keys choose, Enter opens.
        open("admin/groups/index.xhtml");
        WebElement field = browser.driver.findElement(By.id("headerSearch:q_input"));
        assertEquals("combobox", field.getAttribute("role"));
        assertEquals("Søk etter kommune, leder, gruppe, veileder, avtale eller møte",
                browser.driver.findElement(By.cssSelector("label[for='headerSearch:q_input']")).getAttribute("textContent").trim());
        field.sendKeys("Lillestr");
        browser.wait.until(d -> d.findElements(By.cssSelector("[role='option']")).stream().anyMatch(o -> o.isDisplayed() && o.getText().startsWith("Lillestrøm")));
        // PrimeFaces says the list is open once its opening effect ends, a moment after the options show.
        browser.wait.until(d -> "true".equals(d.findElement(By.id("headerSearch:q_input")).getAttribute("aria-expanded")));
        browser.screenshot("search-as-you-type");
        field.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        browser.wait.until(d -> d.findElements(By.cssSelector("[role='option'].ui-state-highlight")).stream().anyMatch(o -> o.getText().startsWith("Lillestrøm")));
        field.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Lillestrøm"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/admin/municipalities/municipality.xhtml?number=3205"), browser.driver.getCurrentUrl());

        // Enter without a choice: every hit on the search page, by kind.
        field = browser.driver.findElement(By.id("headerSearch:q_input"));
        field.sendKeys("Bergen", org.openqa.selenium.Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Søk"));
        assertTrue(browser.driver.findElement(By.id("kind-municipality")).getText().equals("Kommuner"));
        assertTrue(browser.driver.findElements(By.cssSelector(".search-hits a")).stream().anyMatch(a -> a.getText().equals("Bergen")));
        browser.screenshot("search-page");

        // An adviser's header finds their own group and opens its meetings.
        String own = hers.get(0);
        browser.signOut();
        browser.open(base, "admin/search.xhtml?q=" + java.net.URLEncoder.encode(own, java.nio.charset.StandardCharsets.UTF_8), "hanne.lunde@ledernett.no", Api.PASSWORD);
        assertTrue(browser.driver.findElements(By.id("kind-municipality")).isEmpty(), "no municipalities for an adviser");
        browser.driver.findElements(By.cssSelector(".search-hits a")).stream().filter(a -> a.getText().equals(own)).findFirst().orElseThrow().click();
        browser.wait.until(d -> d.getCurrentUrl().contains("/admin/meetings/index.xhtml?group="));
        browser.signOut();
    }

    @Test
    void a_proposals_rows_show_their_points_on_demand_and_who_is_left_out_which_staff_can_undo() {
        Api api = new Api(base);
        long id = api.post("api/proposals", """
                {"needs":[{"reference":"screen:why","label":"Skoleledere i Bergen","subjectAreaId":1,"competenceRequired":true,"municipality":"4601",
                 "mode":"IN_PERSON","start":"2027-01-01","end":"2027-06-30","hoursPerMonth":2.5}]}""").expect(202).object().getJsonNumber("id").longValue();
        browser.wait.until(d -> !api.get("api/proposals/" + id).expect(200).object().getString("status").equals("COMPUTING"));
        jakarta.json.JsonObject need = api.get("api/proposals/" + id).object().getJsonArray("needs").getJsonObject(0);
        String proposed = need.getJsonObject("proposedAdviser").getString("name");

        open("admin/proposals/proposal.xhtml?id=" + id);
        String summary = browser.driver.findElement(By.id("summary")).getText();
        assertFalse(summary.toLowerCase().contains("grådig") || summary.toLowerCase().contains("greedy"), summary);
        assertTrue(summary.contains("beste mulige"), summary);
        assertTrue(String.join(" ", rows("needs")).contains("2,5 t/mnd"), "hours in Norwegian: " + rows("needs"));
        assertTrue(browser.driver.findElements(By.cssSelector(".proposal-why")).isEmpty(), "the points only when asked for");

        WebElement show = browser.driver.findElement(By.xpath("//button[normalize-space(.)='Vis poeng']"));
        assertEquals("false", show.getAttribute("aria-expanded"));
        show.click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".proposal-why table.breakdown")));
        List<WebElement> tables = browser.driver.findElements(By.cssSelector(".proposal-why table.breakdown"));
        assertTrue(tables.get(0).findElement(By.tagName("caption")).getText().startsWith(proposed + ": "), "the proposed adviser first");
        assertEquals(1 + need.getJsonArray("alternatives").size(), tables.size(), "and each alternative");
        browser.screenshot("proposal-points");
        String first = tables.get(0).getText();
        for (String criterion : List.of("Fagkompetanse", "Ledig kapasitet", "Kjenner kommunen", "Reiseavstand", "Målform")) {
            assertTrue(first.contains(criterion), first);
        }
        assertTrue(first.matches("(?s).*Fagkompetanse\\s+[^\\n]*i fagområdet[.]\\s+\\d+ / 40.*"), "points per criterion, out of its weight: " + first);
        assertEquals("true", browser.driver.findElement(By.xpath("//button[normalize-space(.)='Skjul poeng']")).getAttribute("aria-expanded"));

        browser.driver.findElement(By.xpath("//button[normalize-space(.)='Ikke denne']")).click();
        browser.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector(".forbidden-list li")).stream()
                .anyMatch(li -> li.getText().startsWith(proposed) && li.findElement(By.tagName("button")).isEnabled()));
        assertTrue(api.get("api/proposals/" + id).object().getJsonArray("needs").getJsonObject(0).getJsonArray("forbiddenAdviserIds").size() == 1);
        browser.screenshot("proposal-left-out");
        browser.driver.findElement(By.xpath("//ul[@class='forbidden-list']//button[normalize-space(.)='Ta med igjen']")).click();
        browser.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector(".forbidden-list")).isEmpty()
                && d.findElement(By.id("proposal:publish")).isEnabled());
        jakarta.json.JsonObject again = api.get("api/proposals/" + id).object().getJsonArray("needs").getJsonObject(0);
        assertTrue(again.getJsonArray("forbiddenAdviserIds").isEmpty(), again.toString());
        assertEquals(proposed, again.getJsonObject("proposedAdviser").getString("name"), "the best adviser is back");
    }
}
