package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The sessions screens: a peer-coaching meeting in the facilitator view, feedback after it, and individual coaching with its hours. */
class SessionScreensIT extends BrowserTest {

    @Test
    void the_adviser_runs_a_peer_coaching_meeting_from_choosing_a_challenge_to_recording_the_next_step() {
        Api api = new Api(base);
        long group = api.post("api/groups", """
                {"name":"Kollegacoaching i Bergen","municipality":"4601","engagementId":%d,"kind":"CROSS_DISCIPLINARY",
                 "plannedMeetings":3,"interval":"MONTHLY","start":"2027-03-03","mode":"VIDEO","defaultMethod":"PEER_COACHING"}"""
                .formatted(api.get("api/municipalities/4601/engagements").array().getJsonObject(0).getJsonNumber("id").longValue()))
                .expect(201).object().getJsonNumber("id").longValue();
        List<Long> leaders = new java.util.ArrayList<>();
        for (String name : List.of("Anne Ås", "Bjørn Bø", "Cecilie Cruz")) {
            long leader = api.post("api/leaders", """
                    {"municipality":"4601","name":"%s","email":"%s@bergen.kommune.no"}""".formatted(name, name.split(" ")[0].toLowerCase()))
                    .expect(201).object().getJsonNumber("id").longValue();
            api.post("api/groups/" + group + "/members", "{\"leaderId\":" + leader + "}").expect(201);
            leaders.add(leader);
        }

        browser.open(base, "admin/meetings/index.xhtml?group=" + group);
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

        // After the meeting, staff enter an attendee's rating on their behalf.
        api.put("api/meetings/" + meeting + "/attendance", leaders.stream().map(l -> "\"" + l + "\":\"PRESENT\"")
                .collect(java.util.stream.Collectors.joining(",", "{", "}"))).expect(200);
        browser.driver.navigate().refresh();
        browser.driver.findElement(By.id("room:held")).click();
        browser.wait.until(d -> !d.findElements(By.id("feedback:rate")).isEmpty());
        browser.driver.findElement(By.id("feedback:rate")).click();
        browser.wait.until(d -> d.findElement(By.id("feedback")).getText().contains("Må fylles ut."));
        new Select(browser.driver.findElement(By.id("feedback:leaderId"))).selectByVisibleText("Anne Ås");
        browser.driver.findElement(By.cssSelector("input[name='feedback:rating'][value='4']")).click();
        browser.driver.findElement(By.id("feedback:comment")).sendKeys("Nyttig å høre de andre");
        browser.driver.findElement(By.id("feedback:rate")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedbackSummary"), "1 svar"));
        assertEquals(1, api.get("api/meetings/" + meeting + "/feedback").object().getJsonNumber("answers").intValue());
    }

    @Test
    void staff_start_individual_coaching_plan_a_session_and_see_its_hours() {
        Api api = new Api(base);
        api.post("api/engagements", """
                {"municipality":"1103","kind":"INDIVIDUAL_COACHING","programme":"Veiledning i Stavanger","start":"2026-01-01","end":"2027-12-31",
                 "hourBudget":10,"status":"ACTIVE"}""").expect(201);
        api.post("api/leaders", """
                {"municipality":"1103","name":"Siri Sand","email":"siri.sand@stavanger.kommune.no"}""").expect(201);
        api.post("api/advisers", """
                {"name":"Vera Veileder","title":"rådgiver","email":"vera.veileder@ledernett.no","homeCounty":"11","writtenForms":["BOKMAL"],"monthlyCapacity":20}""")
                .expect(201);

        browser.open(base, "admin/coaching/course.xhtml");
        browser.driver.findElement(By.id("course:municipality")).sendKeys("1103", org.openqa.selenium.Keys.TAB);
        browser.wait.until(d -> d.findElement(By.id("course:leaderId")).getText().contains("Siri Sand"));
        new Select(browser.driver.findElement(By.id("course:leaderId"))).selectByVisibleText("Siri Sand");
        new Select(browser.driver.findElement(By.id("course:engagementId"))).selectByIndex(1);
        new Select(browser.driver.findElement(By.id("course:adviserId"))).selectByVisibleText("Vera Veileder");
        browser.driver.findElement(By.id("course:create")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Veiledning: Siri Sand"));
        // Staff never see an adviser's notes.
        browser.driver.findElement(By.id("plan:addSession")).click();
        browser.wait.until(d -> d.findElement(By.id("plan")).getText().contains("Oppgi videolenke."));
        browser.driver.findElement(By.id("plan:place")).sendKeys("https://video.example.no/siri");
        browser.driver.findElement(By.id("plan:addSession")).click();
        browser.wait.until(d -> d.findElements(By.cssSelector("#sessions .ranked")).size() == 1);
        assertTrue(browser.driver.findElement(By.id("sessions")).getText().contains("Notatene er private"));
        browser.driver.findElement(By.cssSelector("#sessions .ranked button")).click();
        browser.wait.until(d -> d.findElement(By.id("sessions")).getText().contains("Avholdt"));
        browser.screenshot("coaching-course");

        browser.driver.findElement(By.partialLinkText("Timer per måned")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Timer: Stavanger"));
        assertTrue(browser.driver.findElement(By.id("entries")).getText().contains("Individuell veiledning"));
        assertTrue(browser.driver.findElement(By.id("budget")).getText().contains("Brukt 1,5 av 10 timer"), browser.driver.findElement(By.id("budget")).getText());
        browser.screenshot("engagement-hours");
    }
}
