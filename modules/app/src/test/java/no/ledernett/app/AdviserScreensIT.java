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
        browser.driver.findElement(By.id("need:municipality")).sendKeys("4601");
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
        browser.driver.findElement(By.id("invite:municipality")).sendKeys("4601", org.openqa.selenium.Keys.TAB);
        browser.wait.until(d -> d.findElements(By.cssSelector("[id='invite:leaderId'] option")).stream()
                .anyMatch(o -> o.getText().equals("Gunnar Vik")));
        choose("invite:leaderId", "Gunnar Vik");
        browser.wait.until(d -> "Gunnar Vik".equals(d.findElement(By.id("invite:name")).getDomProperty("value")));
        assertEquals("gunnar.vik@bergen.kommune.no", browser.driver.findElement(By.id("invite:email")).getDomProperty("value"));
    }
}
