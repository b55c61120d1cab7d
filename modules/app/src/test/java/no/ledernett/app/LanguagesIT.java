package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One flow per language in a browser: a Bergen contact sees nynorsk because staff set Bergen's
 * written form; staff choose English with the header's picker, which this browser and their
 * account remember; bokmål again with the picker. Expected texts come from the bundles themselves.
 */
class LanguagesIT extends BrowserTest {

    /** A text as the bundle file for that language has it (no fallback: a missing one fails here). */
    static String text(String bundle, String language, String key, Object... args) {
        String file = "/" + bundle.replace('.', '/') + (language.equals("nb") ? "" : "_" + language) + ".properties";
        Properties texts = new Properties();
        try (var in = LanguagesIT.class.getResourceAsStream(file)) {
            assertNotNull(in, file);
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String value = texts.getProperty(key);
        assertNotNull(value, file + " " + key);
        return args.length == 0 ? value : new MessageFormat(value, Locale.forLanguageTag(language)).format(args);
    }

    private String lang() {
        return browser.settledLang();
    }

    private String main() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    @Test
    void a_contact_in_a_nynorsk_municipality_sees_the_portal_in_nynorsk_without_choosing() {
        Api staff = new Api(base);
        staff.put("api/municipalities/4601/written-form", "{\"writtenForm\":\"NYNORSK\"}").expect(200);
        try {
            assertEquals("NYNORSK", staff.get("api/municipalities/4601/written-form").object().getString("writtenForm"));
            browser.signOut();
            browser.open(base, "portal/request.xhtml", PortalScreensIT.BERGEN_CONTACT, Api.PASSWORD);
            browser.wait.until(d -> "nn".equals(lang()));
            assertEquals(text("no.ledernett.portal.web.Texts", "nn", "request.title"), browser.driver.findElement(By.tagName("h1")).getText());
            assertEquals("true", browser.driver.findElement(By.id("language-nn")).getAttribute("aria-current"), "the picker shows nynorsk as current");

            browser.driver.findElement(By.id("request:participants_input")).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                    org.openqa.selenium.Keys.BACK_SPACE, org.openqa.selenium.Keys.TAB);
            browser.driver.findElement(By.id("request:send")).click();
            browser.sleepQuietly(1500);
            browser.screenshot("language-nynorsk-request-sent");
            String required = text("no.ledernett.platform.Rules", "nn", "rule.required");
            assertNotEquals(text("no.ledernett.platform.Rules", "nb", "rule.required"), required, "nynorsk differs from bokmål here");
            browser.wait.until(d -> main().contains(required));
            assertFalse(browser.driver.getPageSource().contains("???"), "no raw keys");
            browser.screenshot("language-nynorsk-request");
        } finally {
            staff.put("api/municipalities/4601/written-form", "{\"writtenForm\":\"NEUTRAL\"}").expect(200);
        }
        browser.signOut();
        browser.open(base, "portal/request.xhtml", PortalScreensIT.BERGEN_CONTACT, Api.PASSWORD);
        assertEquals("nb", lang(), "a neutral municipality's people see bokmål");
    }

    @Test
    void a_written_form_that_does_not_exist_is_refused_in_the_callers_language() {
        Api staff = new Api(base);
        for (String language : AccessibilityIT.LANGUAGES) {
            Api.Reply reply = staff.put("api/municipalities/4601/written-form", "{\"writtenForm\":\"KLINGON\"}", language).expect(400);
            JsonObject problem = reply.object();
            assertEquals(text("no.ledernett.platform.Problems", language, "invalid-input.title"), problem.getString("title"), language);
            JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
            assertEquals("writtenForm", error.getString("field"));
            assertEquals(text("no.ledernett.municipalities.Rules", language, "rule.oneOf", "BOKMAL, NYNORSK, NEUTRAL"), error.getString("message"));
        }
        staff.put("api/municipalities/9999/written-form", "{\"writtenForm\":\"NYNORSK\"}").expect(404);
        assertEquals("NEUTRAL", staff.get("api/municipalities/4601/written-form").object().getString("writtenForm"), "nothing saved");
    }

    @Test
    void staff_choose_english_which_their_browser_and_account_remember_then_go_back_to_bokmal() {
        browser.signOut();
        browser.driver.get(base + "login.xhtml");
        assertEquals("nb", lang());
        browser.driver.findElement(By.id("language-en")).click();
        browser.wait.until(d -> "en".equals(lang()));
        assertEquals(text("no.ledernett.accounts.web.Texts", "en", "signin.title"), browser.driver.findElement(By.tagName("h1")).getText());
        browser.screenshot("language-english-sign-in");

        browser.signIn(Api.STAFF, Api.PASSWORD);
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), text("no.ledernett.app.Messages", "en", "home.title")));
        browser.driver.get(base + "admin/municipalities/contact.xhtml?municipality=4601");
        browser.driver.findElement(By.id("form:save")).click();
        String required = text("no.ledernett.platform.Rules", "en", "rule.required");
        browser.wait.until(d -> main().contains(required));
        assertFalse(browser.driver.getPageSource().contains("???"), "no raw keys");
        browser.screenshot("language-english-contact");

        // Signed out: the sign-in page stays in English on this browser.
        browser.driver.findElement(By.id("signedIn:signOut")).click();
        browser.wait.until(d -> d.getCurrentUrl().contains("/login.xhtml"));
        assertEquals("en", lang());

        // Another browser (no cookies): bokmål until signed in, then English from the account (picked
        // on the sign-in page, so it became the account's choice).
        browser.signOut();
        browser.driver.get(base + "login.xhtml");
        assertEquals("nb", lang());
        browser.signIn(Api.STAFF, Api.PASSWORD);
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), text("no.ledernett.app.Messages", "en", "home.title")));

        browser.driver.findElement(By.id("language-nb")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), text("no.ledernett.app.Messages", "nb", "home.title")));
        assertEquals("nb", lang());
        assertTrue(browser.driver.getCurrentUrl().endsWith("/admin/index.xhtml"), "back on the page it was chosen on: " + browser.driver.getCurrentUrl());
    }

    @Test
    void the_picker_never_sends_anyone_to_another_site() {
        // From our own page (the switch refuses posts from other sites, see AuthenticationAttacksIT).
        Api.Reply reply = Api.anonymous(base).request("POST", "language", "application/x-www-form-urlencoded", "language=en&back=//evil.example/x",
                "Origin", base.getProtocol() + "://" + base.getHost() + ":" + base.getPort());
        assertEquals(303, reply.status());
        String location = reply.raw().headers().firstValue("Location").orElseThrow();
        assertFalse(location.contains("evil.example"), location);
        assertTrue(reply.raw().headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("ledernett-language=en")));
    }
}
