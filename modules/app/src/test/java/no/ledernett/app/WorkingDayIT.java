package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A whole working day on screen only (issue 20): no id is typed and the API is never asked. Staff
 * make an engagement with Lillestrøm, two groups with their leaders and adviser, and plan and move
 * their meetings; the adviser runs a peer-coaching meeting and a round; staff see the hours against
 * the budget. Every name carries this run's stamp, so a second run on the same database finds only its own.
 */
class WorkingDayIT extends BrowserTest {

    static final String ADVISER = "hanne.lunde@ledernett.no";
    /** The meeting page's line under the heading: date, time, method, place and status. */
    static final By SUMMARY = By.xpath("//main/h1/following-sibling::p[1]");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    final String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    final String programme = "Arbeidsdag " + run;
    final String schoolGroup = "Rektorer " + run;
    final String roundGroup = "Tverrfaglig " + run;

    @Test
    void staff_and_the_adviser_run_a_working_day_from_engagement_to_hours_on_screen_only() {
        // Set-up through the API, not part of the day: Hanne has room for both groups, whatever earlier classes gave her.
        TestAdvisers.hanne(new Api(base));
        engagement();
        group(schoolGroup, true, List.of("Anne", "Bjørn", "Cecilie", "Dag", "Eli"));
        editLeader("Dag " + run, "Avdelingsleder");
        adviser("school");
        planAndMoveToToday("school");
        challenges(List.of("Anne", "Bjørn"));

        group(roundGroup, false, List.of("Frode", "Gro", "Hans"));
        adviser("round");
        planAndMoveToToday("round");

        browser.signOut();
        browser.open(base, "admin/index.xhtml", ADVISER, Api.PASSWORD);
        peerCoaching();
        round();

        browser.signOut();
        browser.open(base, "admin/index.xhtml");
        hours();
    }

    // a. The engagement, its municipality chosen by name.
    private void engagement() {
        browser.open(base, "admin/index.xhtml");
        browser.driver.findElement(By.linkText("Kommuner")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Kommuner"));
        browser.driver.findElement(By.id("newEngagement")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Ny avtale"));
        browser.chooseMunicipality("form:municipality", "Lille", "Lillestrøm (3205)");
        browser.driver.findElement(By.id("form:programme_input")).sendKeys(programme);
        type("form:end_input", "31.12.2027");
        browser.driver.findElement(By.id("form:hourBudget_input")).sendKeys("200");
        new Select(browser.driver.findElement(By.id("form:status"))).selectByVisibleText("Aktivt");
        browser.screenshot("day-a-engagement-form");
        browser.driver.findElement(By.id("form:save")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Lillestrøm"));
        assertTrue(browser.driver.findElement(By.id("details:engagements")).getText().contains(programme));
        browser.screenshot("day-a-engagement-saved");
    }

    // c. and b. A group on that engagement, with new leaders registered and added from the group's page.
    private void group(String name, boolean subjectSpecific, List<String> leaders) {
        if (!browser.driver.getCurrentUrl().contains("/admin/groups/index.xhtml")) {
            browser.driver.findElement(By.linkText("Grupper")).click();
        }
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("search:newGroup"))).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Ny nettverksgruppe"));
        browser.driver.findElement(By.id("form:name")).sendKeys(name);
        browser.chooseMunicipality("form:municipality", "Lille", "Lillestrøm (3205)");
        By engagement = By.xpath("//select[@id='form:engagementId']/option[starts-with(., '" + programme + "')]");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(engagement)).click();
        if (subjectSpecific) {
            new Select(browser.driver.findElement(By.id("form:subjectAreaId"))).selectByVisibleText("Skole");
        } else {
            new Select(browser.driver.findElement(By.id("form:kind"))).selectByVisibleText("Tverrfaglig");
            browser.wait.until(d -> d.findElements(By.id("form:subjectAreaId")).isEmpty());
            new Select(browser.driver.findElement(By.id("form:defaultMethod"))).selectByVisibleText("Alle presenterer");
        }
        new Select(browser.driver.findElement(By.id("form:mode"))).selectByVisibleText("Video");
        type("form:plannedMeetings_input", "3");
        type("form:start_input", LocalDate.now().plusWeeks(2).format(DAY));
        browser.screenshot("day-c-group-form-" + (subjectSpecific ? "school" : "round"));
        browser.driver.findElement(By.id("form:save")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), name));

        for (int i = 0; i < leaders.size(); i++) {
            String leader = leaders.get(i) + " " + run;
            browser.driver.findElement(By.id("newLeader:name")).sendKeys(leader);
            browser.driver.findElement(By.id("newLeader:email")).sendKeys(leaders.get(i).toLowerCase().replace("ø", "o") + "." + run + "@lillestrom.kommune.no");
            browser.driver.findElement(By.id("newLeader:positionTitle")).sendKeys(subjectSpecific ? "Rektor" : "Enhetsleder");
            if (subjectSpecific) {
                new Select(browser.driver.findElement(By.id("newLeader:sectorId"))).selectByVisibleText("Skole");
            }
            browser.driver.findElement(By.id("newLeader:createLeader")).click();
            int expected = i + 1;
            browser.waitSaying(() -> "leader added: " + browser.driver.findElement(By.id("newLeader")).getText())
                    .until(d -> d.findElements(By.cssSelector("[id='members:memberTable'] tbody tr")).stream()
                            .filter(r -> r.getText().contains(" " + run)).count() == expected
                            && d.findElement(By.id("newLeader:name")).getDomProperty("value").isEmpty());
        }
        browser.screenshot("day-b-members-" + (subjectSpecific ? "school" : "round"), By.id("members-heading"));
    }

    // b. One leader changed from their own page, reached from the member list.
    private void editLeader(String leader, String title) {
        browser.driver.findElement(By.xpath("//*[@id='members:memberTable']//a[normalize-space(.)='" + leader + "']")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), leader));
        type("leader:positionTitle", title);
        browser.driver.findElement(By.id("leader:save")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("leader:messages"), "Lagret."));
        assertTrue(browser.driver.findElement(By.id("facts")).getText().contains(title), "the summary above the form too");
        browser.screenshot("day-b-leader-page");
        browser.driver.findElement(By.xpath("//*[@id='groups']//a[normalize-space(.)='" + schoolGroup + "']")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), schoolGroup));
        String row = browser.driver.findElements(By.cssSelector("[id='members:memberTable'] tbody tr")).stream().map(WebElement::getText)
                .filter(r -> r.startsWith(leader)).findFirst().orElseThrow();
        assertTrue(row.contains(title), row);
    }

    // d. The ranking, and Hanne Lunde chosen from it (she signs in below).
    private void adviser(String shot) {
        browser.driver.findElement(By.id("adviser:find")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#adviser .ranked")));
        browser.screenshot("day-d-ranking-" + shot, By.id("adviser"));
        By hanne = By.cssSelector("#adviser button[aria-label='Velg Hanne Lunde']");
        assertFalse(browser.driver.findElements(hanne).isEmpty(), "Hanne Lunde is offered: " + browser.driver.findElement(By.id("adviser")).getText());
        browser.driver.findElement(hanne).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("currentAdviser"), "Hanne Lunde"));
    }

    // e. The series planned, then its first meeting moved to today on the meeting's page.
    private void planAndMoveToToday(String shot) {
        browser.driver.findElement(By.id("meetings")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("meetings:schedule"))).click();
        browser.wait.until(d -> d.findElements(By.cssSelector("[id='meetings:list'] tbody tr")).size() == 3);
        browser.screenshot("day-e-series-" + shot);
        browser.driver.findElements(By.cssSelector("[id='meetings:list'] tbody tr a")).get(0).click();
        browser.wait.until(d -> d.findElement(By.tagName("h1")).getText().endsWith("møte 1"));
        String today = LocalDate.now().format(DAY);
        browser.driver.findElement(By.id("change:date_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), today, Keys.ESCAPE);
        type("change:start", "08:30");
        type("change:end", "10:30");
        type("change:place", "https://video.example.no/" + run);
        browser.driver.findElement(By.id("change:move")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Lagret."));
        String when = browser.driver.findElement(SUMMARY).getText();
        assertTrue(when.contains("08:30") && when.contains("video.example.no/" + run), when);
        browser.screenshot("day-e-moved-" + shot);
    }

    // f. Before the meeting: two leaders' challenges, entered by staff on their behalf.
    private void challenges(List<String> owners) {
        for (String first : owners) {
            String owner = first + " " + run;
            new Select(browser.driver.findElement(By.id("intake:leaderId"))).selectByVisibleText(owner);
            browser.driver.findElement(By.id("intake:title")).sendKeys("Utfordring fra " + first);
            browser.driver.findElement(By.id("intake:description")).sendKeys("Hele beskrivelsen fra " + first);
            browser.driver.findElement(By.id("intake:helpWanted")).sendKeys("Hjelp som " + first + " ønsker");
            browser.driver.findElement(By.id("intake:submit")).click();
            browser.wait.until(d -> d.findElements(By.cssSelector("#challenges .ranked")).stream().anyMatch(e -> e.getText().contains(owner)));
        }
        String staff = browser.driver.findElement(By.id("challenges")).getText();
        assertFalse(staff.contains("Hele beskrivelsen"), "staff never read a challenge: " + staff);
    }

    /** Opens a group's meeting that is today, as the adviser finds it: the header's search, then the group's meetings. */
    private void openTodaysMeeting(String group) {
        WebElement field = browser.driver.findElement(By.id("headerSearch:q_input"));
        field.sendKeys(group, Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Søk"));
        browser.driver.findElements(By.cssSelector(".search-hits a")).stream().filter(a -> a.getText().equals(group)).findFirst().orElseThrow().click();
        browser.wait.until(d -> d.getCurrentUrl().contains("/admin/meetings/index.xhtml?group="));
        browser.driver.findElements(By.cssSelector("[id='meetings:list'] tbody tr a")).get(0).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), group));
    }

    // f. The adviser runs the peer-coaching meeting.
    private void peerCoaching() {
        openTodaysMeeting(schoolGroup);
        for (String first : List.of("Anne", "Bjørn")) {
            String text = browser.driver.findElements(By.cssSelector("#challenges .ranked")).stream().map(WebElement::getText)
                    .filter(t -> t.contains(first + " " + run)).findFirst().orElseThrow();
            assertTrue(text.contains("Utfordring fra " + first) && text.contains("Hele beskrivelsen fra " + first) && text.contains("Hjelp som " + first + " ønsker"),
                    text);
        }
        browser.driver.findElements(By.cssSelector("#challenges .ranked")).stream().filter(e -> e.getText().contains("Bjørn " + run)).findFirst().orElseThrow()
                .findElement(By.cssSelector(".choose-focus")).click();
        browser.wait.until(d -> d.findElements(By.cssSelector("#challenges .in-focus")).size() == 1);
        browser.screenshot("day-f-challenges", By.id("challenges-heading"));

        browser.driver.findElement(By.id("timer-start")).click();
        browser.wait.until(d -> d.findElement(By.id("timer-left")).getText().endsWith(" min"));
        String started = browser.driver.findElement(By.id("timer-clock")).getAttribute("data-started");
        String left = browser.driver.findElement(By.id("timer-left")).getText();
        for (String first : List.of("Anne", "Bjørn", "Cecilie", "Dag")) {
            mark("Møtt", first);
        }
        mark("Meldt forfall", "Eli");
        // The phase timer kept running through the attendance postbacks: same phase, same start, no fresh count.
        assertEquals(started, browser.driver.findElement(By.id("timer-clock")).getAttribute("data-started"));
        browser.waitSaying(() -> "the first phase still current: " + browser.driver.findElement(By.cssSelector("[data-phases]")).getAttribute("outerHTML"))
                .until(d -> "step".equals(d.findElement(By.cssSelector("[data-phases] li:first-child")).getAttribute("aria-current")));
        int before = Integer.parseInt(left.replace(" min", ""));
        browser.wait.until(d -> d.findElement(By.id("timer-left")).getText().endsWith(" min"));
        int after = Integer.parseInt(browser.driver.findElement(By.id("timer-left")).getText().replace(" min", ""));
        assertTrue(after <= before, before + " then " + after);
        browser.screenshot("day-f-room");
        held();
    }

    // g. The adviser runs the round in the other group.
    private void round() {
        browser.driver.findElement(By.id("headerSearch:q_input")).clear();
        openTodaysMeeting(roundGroup);
        assertTrue(browser.driver.findElement(By.tagName("main")).getText().contains("Alle presenterer"));
        browser.driver.findElement(By.id("timer-start")).click();
        browser.wait.until(d -> d.findElement(By.id("timer-left")).getText().endsWith(" min"));
        for (String first : List.of("Frode", "Gro", "Hans")) {
            mark("Møtt", first);
        }
        browser.screenshot("day-g-round");
        held();
    }

    private void mark(String label, String first) {
        By button = By.cssSelector("button[aria-label='" + label + ": " + first + " " + run + "']");
        browser.wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        browser.wait.until(d -> "true".equals(d.findElement(button).getAttribute("aria-pressed")));
    }

    private void held() {
        browser.driver.findElement(By.id("room:held")).click();
        browser.waitSaying(() -> "held: " + browser.driver.findElement(By.id("messages")).getText())
                .until(d -> d.findElements(By.id("room:held")).isEmpty());
        assertTrue(browser.driver.findElement(SUMMARY).getText().endsWith("Avholdt"),
                browser.driver.findElement(SUMMARY).getText());
    }

    // h. Staff see the held meetings' hours against the engagement's budget.
    private void hours() {
        browser.driver.findElement(By.linkText("Kommuner")).click();
        browser.driver.findElement(By.id("search:text")).sendKeys("Lillestrøm");
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Lillestrøm"))).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Lillestrøm"));
        browser.driver.findElements(By.cssSelector("[id='details:engagements'] tbody tr")).stream().filter(r -> r.getText().contains(programme))
                .findFirst().orElseThrow().findElement(By.partialLinkText("Timer per måned")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Timer: Lillestrøm"));
        String budget = browser.driver.findElement(By.id("budget")).getText();
        assertTrue(budget.matches("Brukt [1-9][0-9,]* av 200 timer.*"), budget);
        String entries = browser.driver.findElement(By.id("entries")).getText();
        assertTrue(entries.contains(schoolGroup + ", møte 1") && entries.contains(roundGroup + ", møte 1"), entries);
        browser.screenshot("day-h-hours");
    }

    /** Replaces a field's content the way a person does: select all, type over it. */
    private void type(String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }
}
