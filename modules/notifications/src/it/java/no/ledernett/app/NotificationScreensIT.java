package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Staff see a portal request in the bell, open it from the list where it is solved, and switch the kind off on screen. */
class NotificationScreensIT extends BrowserTest {

    @Test
    void the_bell_counts_a_new_request_and_its_notification_leads_to_the_requests() {
        String run = Long.toString(System.nanoTime() % 1_000_000);
        browser.signOut();
        browser.open(base, "admin/index.xhtml", Api.STAFF, Api.PASSWORD);
        new Api(base).post("api/notifications/read-all", "").expect(200);
        new Api(base, "ingrid.solheim@bergen.kommune.no", Api.PASSWORD).post("api/portal/requests", """
                {"kind":"NETWORK_GROUP","participants":8,"start":"2027-02-01","end":"2027-06-30","wishes":"Bjelle %s"}""".formatted(run)).expect(201);

        // Told just after the request's commit: the bell shows it on the next page (or the one after, on a busy machine).
        browser.wait.until(d -> {
            d.navigate().refresh();
            return !d.findElement(By.cssSelector("#bell .bell-count")).getText().isBlank();
        });
        WebElement bell = browser.driver.findElement(By.id("bell"));
        // Usually 1; a scheduled check may have found something else for staff meanwhile.
        String count = bell.findElement(By.className("bell-count")).getText();
        assertTrue(Integer.parseInt(count) >= 1, count);
        assertTrue(bell.getAttribute("textContent").contains("Varsler, " + count + " uleste"), "the link says the count in words: " + bell.getAttribute("textContent"));
        browser.screenshot("notifications-bell");

        bell.click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Varsler"));
        // Unread first: the only unread request is the one just sent (all were read before it).
        By newest = By.xpath("//*[@id='notifications:results']//tr[contains(@class,'notification-unread')]//a[.='Ny forespørsel fra Bergen i portalen.']");
        assertEquals(1, browser.driver.findElements(newest).size(), "one unread request, standing out as unread");
        browser.screenshot("notifications");

        browser.driver.findElement(newest).click();
        browser.wait.until(ExpectedConditions.urlContains("/admin/requests/index.xhtml"));
        browser.driver.get(base + "admin/notifications/index.xhtml");
        assertTrue(browser.driver.findElements(newest).isEmpty(), "opened, it is read");

        // The choices: requests no longer in the app, saved as chosen (and put back as they were for the other tests).
        browser.driver.get(base + "admin/notifications/settings.xhtml");
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Varslingsvalg"));
        browser.screenshot("notification-settings");
        try {
            WebElement requests = browser.driver.findElement(By.xpath("//fieldset[legend='Nye forespørsler fra portalen']"));
            assertTrue(requests.findElement(By.cssSelector("input[id$=':inApp_input']")).isSelected(), "in the app by default");
            requests.findElement(By.cssSelector("[id$=':inApp'] .ui-chkbox-box")).click();
            browser.click(By.id("settings:save"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("settings:messages"), "Valgene er lagret."));
            assertTrue(new Api(base).get("api/notifications/settings").expect(200).object().getJsonArray("kinds").getValuesAs(jakarta.json.JsonObject.class)
                    .stream().anyMatch(k -> k.getString("kind").equals("REQUEST") && !k.getBoolean("inApp")), "saved as chosen");
        } finally {
            new Api(base).put("api/notifications/settings", "{\"kinds\":[{\"kind\":\"REQUEST\",\"inApp\":true,\"byMail\":true}]}").expect(200);
        }
    }
}
