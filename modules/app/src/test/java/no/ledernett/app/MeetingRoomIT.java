package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A peer-coaching meeting run in the facilitator view, from the challenges to the next step. */
@ExtendWith(ArquillianExtension.class)
class MeetingRoomIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    static Browser browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void the_adviser_runs_a_peer_coaching_meeting_from_choosing_a_challenge_to_recording_the_next_step() {
        Api api = new Api(base);
        long group = api.post("api/groups", """
                {"name":"Kollegacoaching i Bergen","municipality":"4601","engagementId":%d,"kind":"CROSS_DISCIPLINARY",
                 "plannedMeetings":3,"interval":"MONTHLY","start":"2027-03-03","mode":"VIDEO","defaultMethod":"PEER_COACHING"}"""
                .formatted(api.get("api/municipalities/4601/engagements").array().getJsonObject(0).getJsonNumber("id").longValue()))
                .expect(201).object().getJsonNumber("id").longValue();
        for (String name : List.of("Anne Ås", "Bjørn Bø", "Cecilie Cruz")) {
            long leader = api.post("api/leaders", """
                    {"municipality":"4601","name":"%s","email":"%s@bergen.kommune.no"}""".formatted(name, name.split(" ")[0].toLowerCase()))
                    .expect(201).object().getJsonNumber("id").longValue();
            api.post("api/groups/" + group + "/members", "{\"leaderId\":" + leader + "}").expect(201);
        }

        browser.driver.get(base + "admin/meetings/index.xhtml?group=" + group);
        browser.driver.findElement(By.id("meetings:schedule")).click();
        browser.wait.until(d -> d.findElements(By.cssSelector("[id='meetings:list'] tbody tr")).size() == 3);
        browser.driver.findElements(By.cssSelector("[id='meetings:list'] tbody tr a")).get(0).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Kollegacoaching i Bergen – møte 1"));

        for (String owner : List.of("Bjørn Bø", "Cecilie Cruz")) {
            new Select(browser.driver.findElement(By.id("intake:leaderId"))).selectByVisibleText(owner);
            browser.driver.findElement(By.id("intake:title")).sendKeys("Utfordring fra " + owner);
            browser.driver.findElement(By.id("intake:submit")).click();
            browser.wait.until(d -> d.findElements(By.cssSelector("#challenges .ranked")).stream().anyMatch(e -> e.getText().contains(owner)));
        }
        // Staff see who brought a challenge, never what it says.
        assertTrue(browser.driver.findElement(By.id("challenges")).getText().contains("Innholdet er konfidensielt"));
        assertTrue(browser.driver.findElement(By.id("suggestion")).getText().contains("Bjørn Bø"), "first to submit, nobody in focus yet");

        WebElement bjorn = browser.driver.findElements(By.cssSelector("#challenges .ranked")).stream()
                .filter(e -> e.getText().contains("Bjørn Bø")).findFirst().orElseThrow();
        bjorn.findElement(By.cssSelector(".choose-focus")).click();
        browser.wait.until(d -> d.findElements(By.cssSelector("#challenges .in-focus")).size() == 1
                && d.findElement(By.cssSelector("#challenges .in-focus")).getText().contains("Bjørn Bø"));

        browser.driver.findElement(By.id("timer-start")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("timer-left"), "19 min"));
        browser.screenshot("facilitator-view");

        WebElement focus = browser.driver.findElement(By.cssSelector("#challenges .in-focus"));
        focus.findElement(By.tagName("textarea")).sendKeys("Snakke med teamet før jul");
        focus.findElement(By.cssSelector(".save-next-step")).click();
        browser.wait.until(d -> d.findElement(By.id("messages")).getText().contains("Lagret."));

        long meeting = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        List<JsonObject> stored = api.get("api/meetings/" + meeting + "/challenges").array().getValuesAs(JsonObject.class);
        JsonObject inFocus = stored.stream().filter(c -> c.getBoolean("inFocus")).findFirst().orElseThrow();
        assertEquals("Bjørn Bø", inFocus.getString("leaderName"));
        assertTrue(inFocus.getBoolean("confidential"));
        browser.screenshot("facilitator-next-step");
    }
}
