package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The invoicing screens in a real Chromium, as staff use them. No run is approved here: InvoicingApiIT
 * approves last month's and TestInvoices two months ago, so this class proposes this month (never
 * approved by any test, and never empty: Bodø's fixed monthly price runs over it) and discards it again.
 */
class InvoicingScreensIT extends BrowserTest {

    private static final YearMonth NOW = YearMonth.now(ZoneId.of("Europe/Oslo"));

    private void type(String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, text);
    }

    private String value(String id) {
        return browser.driver.findElement(By.id(id)).getAttribute("value");
    }

    private List<String> rowTexts() {
        try {
            return browser.driver.findElements(By.cssSelector("[id$='invoiceTable_data'] > tr")).stream().map(WebElement::getText).toList();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return List.of();
        }
    }

    private void proposeMonth(YearMonth month) {
        new Select(browser.driver.findElement(By.id("propose:month"))).selectByValue(month.toString());
        browser.driver.findElement(By.id("propose:proposeRun")).click();
    }

    @Test
    void billing_terms_say_what_is_wrong_beside_the_rate_and_keep_a_valid_one() {
        long bergen = new Api(base).get("api/municipalities/4601/engagements").expect(200).array().getJsonObject(0).getJsonNumber("id").longValue();
        browser.open(base, "admin/invoicing/terms.xhtml?engagementId=" + bergen);
        assertEquals("Faktureringsvilkår for Bergen", browser.driver.findElement(By.tagName("h1")).getText());
        assertEquals("1 450,00", value("form:hourlyRate").replace('\u00a0', ' '));

        type("form:hourlyRate", "");
        browser.driver.findElement(By.id("form:save")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form:hourlyRate-message"), "Må fylles ut."));

        type("form:hourlyRate", "1520,5");
        browser.driver.findElement(By.id("form:save")).click();
        browser.wait.until(d -> browser.messageAreasSaying("Lagret.").size() == 1);
        assertEquals("1 520,50", value("form:hourlyRate").replace('\u00a0', ' '));

        // Back to the demo's rate: InvoicingApiIT and the runs below bill Bergen at 1 450 kr.
        type("form:hourlyRate", "1450");
        browser.driver.findElement(By.id("form:save")).click();
        browser.wait.until(d -> "1 450,00".equals(value("form:hourlyRate").replace('\u00a0', ' ')));
    }

    @Test
    void a_month_with_nothing_to_bill_is_refused_and_a_proposed_run_shows_its_invoices_and_problems() {
        browser.open(base, "admin/invoicing/index.xhtml");
        assertEquals("Fakturering", browser.driver.findElement(By.tagName("h1")).getText());

        // The oldest month offered is always last year, before the demo's engagements began.
        YearMonth oldest = NOW.minusMonths(12);
        proposeMonth(oldest);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("propose"),
                "Det er ingen timer og ingen fastpris-avtaler å fakturere til og med "
                        + oldest.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.forLanguageTag("nb"))) + "."));
        assertTrue(browser.driver.getCurrentUrl().contains("/admin/invoicing/index.xhtml"), browser.driver.getCurrentUrl());

        proposeMonth(NOW);
        browser.wait.until(d -> d.getCurrentUrl().contains("/admin/invoicing/run.xhtml?id="));
        String title = browser.driver.findElement(By.tagName("h1")).getText();
        assertTrue(title.startsWith("Fakturakjøring for "), title);
        assertEquals("Utkast", browser.driver.findElement(By.id("status")).getText());
        List<String> rows = rowTexts();
        assertTrue(rows.stream().anyMatch(r -> r.contains("Bodø") && r.contains("kr")), rows.toString());
        assertEquals(String.valueOf(rows.size()), browser.driver.findElement(By.id("count")).getText());

        // Each invoice says what stops it or that it is ready; a missing term links to where it is put right.
        for (String row : rows) {
            assertTrue(row.contains("Klar") || row.contains("mangler"), row);
        }
        List<WebElement> fixes = browser.driver.findElements(By.cssSelector("ul.problems a"));
        assertEquals(fixes.isEmpty(), browser.driver.findElements(By.id("run:problems")).isEmpty(), "the count on top matches the list");
        fixes.forEach(a -> assertTrue(a.getAttribute("href").contains("/admin/"), a.getAttribute("href")));

        // Bodø's line opens under its row: the month at the demo's fixed price.
        int bodo = rows.indexOf(rows.stream().filter(r -> r.contains("Bodø")).findFirst().orElseThrow());
        browser.driver.findElements(By.cssSelector("[id$='invoiceTable_data'] > tr .ui-row-toggler")).get(bodo).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".load-table caption")));
        String lines = browser.driver.findElement(By.cssSelector(".load-table")).getText().replace('\u00a0', ' ');
        assertTrue(lines.contains("Fakturalinjer for Bodø") && lines.contains("24 000,00 kr") && lines.contains("Fast pris"), lines);

        browser.driver.findElement(By.id("run:discard")).click();
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.wait.until(d -> d.getCurrentUrl().contains("/admin/invoicing/index.xhtml"));
        browser.wait.until(d -> !browser.messageAreasSaying("er forkastet").isEmpty());
    }
}
