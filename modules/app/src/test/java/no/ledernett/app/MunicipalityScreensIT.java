package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The municipality screens in a real Chromium, as a staff member would use them. */
class MunicipalityScreensIT extends BrowserTest {

    private void open(String path) {
        browser.open(base, path);
    }

    private List<String> rowTexts(String tableId) {
        try {
            return browser.driver.findElements(By.cssSelector("[id$='" + tableId + "'] tbody tr")).stream().map(WebElement::getText).toList();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return List.of();
        }
    }

    /** Replaces a field's content the way a person does: select all, type over it. */
    private void type(String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    @Test
    void staff_find_lillestrom_and_add_an_engagement_that_is_then_listed() {
        open("admin/municipalities/index.xhtml");
        assertEquals("Kommuner", browser.driver.findElement(By.tagName("h1")).getText());
        browser.screenshot("municipality-list");

        browser.driver.findElement(By.id("search:text")).sendKeys("Lillestrøm");
        browser.wait.until(d -> rowTexts("results").size() == 1 && rowTexts("results").get(0).contains("Lillestrøm"));
        browser.driver.findElement(By.linkText("Lillestrøm")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Lillestrøm"));

        browser.driver.findElement(By.linkText("Nytt oppdrag")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Nytt oppdrag for Lillestrøm"));
        browser.driver.findElement(By.id("form:programme_input")).sendKeys("Ledere i Lillestrøm 2027");
        type("form:start_input", "01.02.2027");
        type("form:end_input", "15.12.2027");
        browser.driver.findElement(By.id("form:hourBudget_input")).sendKeys("240");
        browser.screenshot("engagement-form");
        browser.driver.findElement(By.id("form:save")).click();

        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Lillestrøm"));
        browser.wait.until(d -> rowTexts("engagements").stream().anyMatch(r -> r.contains("Ledere i Lillestrøm 2027")));
        String row = rowTexts("engagements").stream().filter(r -> r.contains("Ledere i Lillestrøm 2027")).findFirst().orElseThrow();
        assertTrue(row.contains("240 timer") && row.contains("01.02.2027") && row.contains("Utkast"), row);
        assertTrue(browser.driver.getPageSource().contains("Lagret."));
        browser.screenshot("municipality-with-engagement");
    }

    @Test
    void an_end_before_the_start_is_shown_beside_the_end_date_and_nothing_is_saved() {
        open("admin/municipalities/engagement.xhtml?municipality=3201");
        type("form:start_input", "01.06.2027");
        type("form:end_input", "01.05.2027");
        browser.driver.findElement(By.id("form:hourBudget_input")).sendKeys("10");
        browser.driver.findElement(By.id("form:save")).click();

        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form:end-message"),
                "Sluttdato kan ikke være før startdato."));
        browser.screenshot("engagement-form-error");
        open("admin/municipalities/municipality.xhtml?number=3201");
        assertTrue(rowTexts("engagements").stream().noneMatch(r -> r.contains("01.06.2027")));
    }

    @Test
    void an_unknown_municipality_is_a_friendly_not_found_page() {
        open("admin/municipalities/municipality.xhtml?number=9999");
        assertEquals("Siden finnes ikke", browser.driver.findElement(By.tagName("h1")).getText());
    }
}
