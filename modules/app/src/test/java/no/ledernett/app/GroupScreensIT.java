package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Creating a school leaders' group in Chromium, filling it and giving it a competent adviser. */
class GroupScreensIT extends BrowserTest {

    private void choose(String id, String label) {
        new Select(browser.driver.findElement(By.id(id))).selectByVisibleText(label);
    }

    @Test
    void staff_create_a_subject_specific_group_add_six_leaders_and_assign_a_competent_adviser() {
        Api api = new Api(base);
        api.post("api/engagements", """
                {"municipality":"3201","kind":"NETWORK_GROUPS","programme":"Ledere i Bærum","start":"2027-01-01","end":"2027-12-31","hourBudget":300}""")
                .expect(201);
        for (int i = 1; i <= 6; i++) {
            api.post("api/leaders", """
                    {"municipality":"3201","name":"Rektor Bærum %d","email":"rektor%d@baerum.kommune.no","positionTitle":"Rektor","sectorId":1}"""
                    .formatted(i, i)).expect(201);
        }
        long asker = api.post("api/leaders", """
                {"municipality":"3203","name":"Rektor Asker","email":"rektor@asker.kommune.no","sectorId":1}""").expect(201).object()
                .getJsonNumber("id").longValue();

        browser.open(base, "admin/groups/index.xhtml");
        browser.driver.findElement(By.id("search:newGroup")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Ny nettverksgruppe"));
        browser.driver.findElement(By.id("form:name")).sendKeys("Rektornettverket i Bærum");
        browser.driver.findElement(By.id("form:municipality")).sendKeys("3201", Keys.TAB);
        browser.wait.until(d -> !d.findElements(By.xpath("//select[@id='form:engagementId']/option[starts-with(., 'Ledere i Bærum')]")).isEmpty());
        browser.driver.findElement(By.xpath("//select[@id='form:engagementId']/option[starts-with(., 'Ledere i Bærum')]")).click();
        choose("form:subjectAreaId", "Skole");
        browser.driver.findElement(By.cssSelector("[id='form:competenceRequired'] .ui-chkbox-box")).click();
        choose("form:mode", "Video");
        browser.screenshot("group-form");
        browser.driver.findElement(By.id("form:save")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Rektornettverket i Bærum"));
        long groupId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));

        // Search for each by name; the field is cleared after each addition. Other test classes may
        // have put leaders in the same municipality (shared database in CI), so always search.
        for (int i = 1; i <= 6; i++) {
            String query = i == 1 ? "Rektor Bærum 3" : "Rektor Bærum";
            int remaining = i == 1 ? 1 : 6 - (i - 1);
            int expected = i;
            browser.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                WebElement search = d.findElement(By.id("members:leaderSearch"));
                if (!search.getAttribute("value").isEmpty()) {
                    return false;
                }
                search.sendKeys(query);
                return true;
            });
            browser.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> {
                        List<WebElement> rows = d.findElements(By.cssSelector("[id='members:candidates'] tbody tr"));
                        return rows.size() == remaining && rows.stream().allMatch(r -> r.getText().startsWith("Rektor Bærum"));
                    });
            browser.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                d.findElement(By.cssSelector("[id='members:candidates'] tbody tr button")).click();
                return true;
            });
            browser.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("[id='members:memberTable'] tbody tr")).stream()
                            .filter(r -> r.getText().startsWith("Rektor Bærum")).count() == expected);
        }
        assertTrue(browser.driver.findElement(By.id("advice")).getText().contains("Ingen merknader"));
        assertEquals(List.of("leaderId:member.otherMunicipality"), api.post("api/groups/" + groupId + "/members", "{\"leaderId\":" + asker + "}")
                .expect(400).object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ":" + e.getString("rule")).toList());

        browser.driver.findElement(By.id("adviser:find")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#adviser .ranked")));
        List<String> eligible = browser.driver.findElements(By.cssSelector("#adviser .ranked-name")).stream().map(WebElement::getText).toList();
        assertFalse(eligible.isEmpty());
        for (String name : eligible) {
            assertFalse(name.startsWith("Ola Nordmann") || name.startsWith("Lars Vik") || name.startsWith("Siri Haugen"), name + " lacks Skole competence");
        }
        String excluded = browser.driver.findElement(By.cssSelector("[id='adviser:excluded']")).getText();
        assertTrue(excluded.contains("Ola Nordmann") && excluded.contains("Mangler fagkompetansen kunden krever"), excluded);
        browser.screenshot("group-find-adviser", By.id("adviser"));
        String top = eligible.get(0).split(" ")[0] + " " + eligible.get(0).split(" ")[1];
        browser.driver.findElements(By.cssSelector("#adviser .choose-adviser")).get(0).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("currentAdviser"), "Veileder: " + top));
        browser.screenshot("group-page");
        assertEquals(top, api.get("api/groups/" + groupId).object().getString("adviserName"));
    }
}
