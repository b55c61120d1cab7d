package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Flows done with the keyboard alone, as someone who cannot use a mouse would: Tab, Enter, Escape,
 * arrow keys and typing — never a click. Each element reached must show where focus is.
 */
class KeyboardIT extends BrowserTest {

    private WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }

    private void press(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    /** Tabs forward until the focused element matches; fails after 80 stops. Each stop must show its focus. */
    private WebElement tabTo(String what, Predicate<WebElement> wanted) {
        for (int i = 0; i < 80; i++) {
            press(Keys.TAB);
            WebElement now = focused();
            if (!now.getTagName().equals("body")) {
                assertTrue(focusVisible(now), "focus is visible on " + describe(now));
            }
            if (wanted.test(now)) {
                return now;
            }
        }
        throw new AssertionError("Tab never reached " + what);
    }

    /** Waits out the search's debounce and every PrimeFaces request it started (the table is redrawn). */
    private void ajaxDone() {
        browser.sleepQuietly(800);
        browser.wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** Polls briefly: styles can settle a moment after the focus moves. */
    private boolean focusVisible(WebElement element) {
        for (int i = 0; i < 10; i++) {
            if (focusVisibleNow(element)) {
                return true;
            }
            browser.sleepQuietly(100);
        }
        return false;
    }

    private boolean focusVisibleNow(WebElement element) {
        Object visible = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("""
                const s = getComputedStyle(arguments[0]);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none');""", element);
        return Boolean.TRUE.equals(visible);
    }

    private static String describe(WebElement e) {
        String html = e.getAttribute("outerHTML");
        return "<" + e.getTagName() + " id=" + e.getAttribute("id") + "> " + e.getText() + " " + (html.length() > 300 ? html.substring(0, 300) : html);
    }

    private static Predicate<WebElement> id(String id) {
        return e -> id.equals(e.getAttribute("id"));
    }

    private static Predicate<WebElement> text(String text) {
        return e -> text.equals(e.getText().trim()) || text.equals(e.getAttribute("value"));
    }

    @Test
    void sign_in_skip_to_the_content_find_a_municipality_and_delete_a_contact_after_confirming() {
        Api staff = new Api(base);
        long contact = staff.post("api/contacts", """
                {"municipality":"3205","name":"Tastatur Testesen","email":"tastatur@lillestrom.kommune.no"}""").expect(201).object()
                .getJsonNumber("id").longValue();

        browser.signOut();
        browser.driver.get(base + "login.xhtml");
        browser.wait.until(d -> "signIn:email".equals(focused().getAttribute("id"))); // the sign-in page starts in the e-mail field (autofocus)
        press(Api.STAFF, Keys.TAB, Api.PASSWORD, Keys.ENTER);
        browser.wait.until(d -> d.getCurrentUrl().contains("/admin/index.xhtml"));

        press(Keys.TAB);
        WebElement skip = focused();
        assertTrue(skip.getAttribute("class").contains("skip-link"), "the skip link comes first: " + describe(skip));
        assertTrue(skip.getRect().getX() >= 0, "and is on screen when focused");
        press(Keys.ENTER);
        assertEquals("main", focused().getAttribute("id"), "the skip link moves focus to the content");
        browser.driver.navigate().refresh();

        tabTo("the municipalities in the menu", text("Kommuner"));
        press(Keys.ENTER);
        browser.wait.until(d -> d.getCurrentUrl().contains("/admin/municipalities/index.xhtml"));
        tabTo("the search field", id("search:text"));
        press("Lillestrøm");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:results"), "Lillestrøm"));
        ajaxDone();
        // A link in a PrimeFaces table: with the table's cell navigation on, Enter did nothing here (PrimeFaces 15
        // turns Enter in a cell into a jQuery click, which never follows a link); the tables turn it off.
        tabTo("Lillestrøm in the results", text("Lillestrøm").and(e -> e.getTagName().equals("a")));
        press(Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Lillestrøm"));

        // Delete: the confirmation opens with focus inside it; Escape closes it and keeps the contact.
        Predicate<WebElement> deleteButton = e -> e.getTagName().equals("button") && e.getText().equals("Slett")
                && e.findElement(By.xpath("ancestor::tr")).getText().contains("Tastatur Testesen");
        tabTo("the contact's delete button", deleteButton);
        press(Keys.ENTER);
        browser.wait.until(d -> d.findElements(By.cssSelector(".ui-confirm-dialog")).stream().anyMatch(WebElement::isDisplayed));
        // Focus moves into the dialog once it has faded in, to its first button: "Avbryt", the safe choice. The
        // dialog asks its own question and its other button names the action.
        browser.wait.until(d -> !focused().findElements(By.xpath("ancestor::*[contains(@class,'ui-confirm-dialog')]")).isEmpty());
        assertEquals("Avbryt", focused().getText());
        WebElement dialog = browser.driver.findElements(By.cssSelector(".ui-confirm-dialog")).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        assertEquals("Slette kontaktpersonen?", dialog.findElement(By.cssSelector(".ui-dialog-title")).getText());
        assertEquals("Slett", dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")).getText());
        press(Keys.ESCAPE);
        browser.wait.until(d -> d.findElements(By.cssSelector(".ui-confirm-dialog")).stream().noneMatch(WebElement::isDisplayed));
        assertEquals(200, staff.get("api/contacts/" + contact).status(), "Escape deletes nothing");

        // Focus leaves the dialog once it has faded out. Then, on a fresh page, confirm with the keyboard.
        browser.wait.until(d -> focused().findElements(By.xpath("ancestor::*[contains(@class,'ui-dialog')]")).isEmpty());
        browser.driver.navigate().refresh();
        tabTo("the contact's delete button again", deleteButton);
        press(Keys.ENTER);
        browser.wait.until(d -> !focused().findElements(By.xpath("ancestor::*[contains(@class,'ui-confirm-dialog')]")).isEmpty());
        tabTo("the confirm button", text("Slett").and(e -> !e.findElements(By.xpath("ancestor::*[contains(@class,'ui-confirm-dialog')]")).isEmpty()));
        press(Keys.ENTER);
        browser.wait.until(d -> staff.get("api/contacts/" + contact).status() == 404);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Slettet."));
        assertEquals(404, staff.get("api/contacts/" + contact).status());
    }

    @Test
    void the_facilitator_runs_the_meeting_room_with_the_keyboard() {
        Api staff = new Api(base);
        long engagement = staff.get("api/municipalities/4601/engagements").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> !e.getString("kind").equals("INDIVIDUAL_COACHING")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long group = staff.post("api/groups", """
                {"name":"Tastaturgruppa","municipality":"4601","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":1,"interval":"MONTHLY",
                 "start":"%s","mode":"VIDEO","defaultMethod":"PEER_COACHING","blackoutPeriods":""}""".formatted(engagement, java.time.LocalDate.now().plusDays(5)))
                .expect(201).object().getJsonNumber("id").longValue();
        staff.get("api/leaders?municipality=4601").object().getJsonArray("items").getValuesAs(JsonObject.class).stream().limit(3)
                .forEach(l -> staff.post("api/groups/" + group + "/members", "{\"leaderId\":" + l.getJsonNumber("id") + "}").expect(201));
        long id = staff.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getJsonObject(0).getJsonNumber("id").longValue();

        browser.signOut();
        browser.open(base, "admin/meetings/meeting.xhtml?id=" + id);
        browser.wait.until(d -> !d.findElements(By.id("timer-start")).isEmpty());

        // Attendance: Enter on "Møtt" marks the leader present; the button says it is the chosen one (aria-pressed) and keeps focus.
        WebElement present = tabTo("a leader's present button", e -> e.getTagName().equals("button")
                && String.valueOf(e.getAttribute("aria-label")).startsWith("Møtt: "));
        String who = present.getAttribute("aria-label");
        By presentButton = By.cssSelector("button[aria-label='" + who + "']");
        assertEquals("false", present.getAttribute("aria-pressed"));
        press(Keys.ENTER);
        browser.wait.until(d -> "true".equals(d.findElement(presentButton).getAttribute("aria-pressed")));
        ajaxDone();
        assertEquals(who, focused().getAttribute("aria-label"), "focus stays on the button pressed");
        assertEquals("false", browser.driver.findElement(By.cssSelector("button[aria-label='" + who.replace("Møtt: ", "Ikke møtt: ") + "']"))
                .getAttribute("aria-pressed"));

        // The timer: start with Enter; the end of a phase will be said by a polite status, not every minute.
        tabTo("start the timer", id("timer-start"));
        String before = browser.driver.findElement(By.id("timer-left")).getText();
        press(Keys.ENTER);
        browser.wait.until(d -> !d.findElement(By.id("timer-left")).getText().equals(before));
        assertEquals("polite", browser.driver.findElement(By.id("timer-status")).getAttribute("aria-live"));

        // Enter a challenge on a leader's behalf: a native select works with the arrow keys.
        tabTo("whose challenge", id("intake:leaderId"));
        press(Keys.ARROW_DOWN);
        String owner = new org.openqa.selenium.support.ui.Select(focused()).getFirstSelectedOption().getText();
        assertFalse(owner.isBlank());
        tabTo("the challenge's title", id("intake:title"));
        press("Tastaturutfordring");
        tabTo("submit", id("intake:submit"));
        press(Keys.ENTER);
        browser.wait.until(d -> !d.findElement(By.id("intake")).getText().isEmpty());
        browser.screenshot("keyboard-intake");
        browser.wait.until(d -> staff.get("api/meetings/" + id + "/challenges").array().size() == 1);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("challenges"), owner));
    }
}
