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

    static final String ADVISER = "hanne.lunde@ledernett.no";

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
            browser.driver.findElement(By.id("intake:description")).sendKeys("Beskrivelse fra " + owner);
            browser.driver.findElement(By.id("intake:helpWanted")).sendKeys("Hjelp til " + owner);
            browser.driver.findElement(By.id("intake:submit")).click();
            browser.wait.until(d -> d.findElements(By.cssSelector("#challenges .ranked")).stream().anyMatch(e -> e.getText().contains(owner)));
        }
        // Staff see who brought a challenge, never what it says, and are not offered to act on what they cannot read (issue 20).
        String staffView = browser.driver.findElement(By.id("challenges")).getText();
        assertTrue(staffView.contains("Innholdet er konfidensielt") && !staffView.contains("Beskrivelse fra"), staffView);
        assertTrue(browser.driver.findElement(By.id("suggestion")).getText().contains("Bjørn Bø"), "first to submit, nobody in focus yet");
        assertTrue(browser.driver.findElements(By.cssSelector("#challenges .choose-focus")).isEmpty(), "no focus button for staff");
        assertTrue(browser.driver.findElements(By.cssSelector("#challenges textarea, #challenges .save-next-step")).isEmpty(), "no next step for staff");
        assertTrue(browser.driver.findElement(By.id("adviserOnly")).getText().contains("Bare gruppens veileder"));
        long meeting = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));

        // The group's adviser runs the meeting: she reads each challenge in full, chooses the focus, writes the next step.
        long hanne = TestAdvisers.hanne(api);
        api.put("api/groups/" + group + "/adviser", "{\"adviserId\":" + hanne + "}").expect(200);
        browser.signOut();
        browser.open(base, "admin/meetings/meeting.xhtml?id=" + meeting, ADVISER, Api.PASSWORD);
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Kollegacoaching i Bergen – møte 1"));
        for (String owner : List.of("Bjørn Bø", "Cecilie Cruz")) {
            String text = browser.driver.findElements(By.cssSelector("#challenges .ranked")).stream().filter(e -> e.getText().contains(owner))
                    .findFirst().orElseThrow().getText();
            assertTrue(text.contains("Utfordring fra " + owner) && text.contains("Beskrivelse fra " + owner) && text.contains("Hjelp til " + owner), text);
        }
        assertTrue(browser.driver.findElements(By.id("adviserOnly")).isEmpty());

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
        // Once, beside the challenge where the facilitator clicked, not also at the top of the page.
        browser.wait.until(d -> browser.messageAreasSaying("Lagret.").equals(List.of("challenges:challengeMessages")));

        List<JsonObject> stored = api.get("api/meetings/" + meeting + "/challenges").array().getValuesAs(JsonObject.class);
        JsonObject inFocus = stored.stream().filter(c -> c.getBoolean("inFocus")).findFirst().orElseThrow();
        assertEquals("Bjørn Bø", inFocus.getString("leaderName"));
        assertTrue(inFocus.getBoolean("confidential"));
        browser.screenshot("facilitator-next-step");

        // Attendance: the chosen mark is announced (aria-pressed) and shown with a check mark, not by colour alone.
        By anne = By.cssSelector("button[aria-label='Møtt: Anne Ås']");
        assertEquals("false", browser.driver.findElement(anne).getAttribute("aria-pressed"));
        browser.driver.findElement(anne).click();
        browser.wait.until(d -> "true".equals(d.findElement(anne).getAttribute("aria-pressed")));
        assertTrue(browser.driver.findElement(anne).getText().startsWith("✓"), browser.driver.findElement(anne).getText());
        assertEquals("false", browser.driver.findElement(By.cssSelector("button[aria-label='Ikke møtt: Anne Ås']")).getAttribute("aria-pressed"));
        browser.screenshot("facilitator-attendance", By.id("attendance-heading"));

        // The phase timer kept running through that postback, and a reload shows the same time: it is kept on the server.
        By firstPhase = By.cssSelector("[data-phases] li:first-child");
        browser.wait.until(d -> d.findElement(By.id("timer-left")).getText().matches("1[89] min"));
        assertEquals("step", browser.driver.findElement(firstPhase).getAttribute("aria-current"));
        browser.driver.navigate().refresh();
        browser.wait.until(d -> d.findElement(By.id("timer-left")).getText().matches("1[89] min"));
        assertEquals("step", browser.driver.findElement(firstPhase).getAttribute("aria-current"));
        // The end of the phase is said in text (a polite status), as if the browser's clock had moved on 20 minutes.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("const real = Date.now; Date.now = () => real() + 20 * 60000;");
        browser.wait.until(ExpectedConditions.textToBe(By.id("timer-status"), "Tiden for fasen er ute: Eieren presenterer utfordringen"));
        assertEquals("0 min", browser.driver.findElement(By.id("timer-left")).getText());
        assertEquals("polite", browser.driver.findElement(By.id("timer-status")).getAttribute("aria-live"));
        browser.screenshot("facilitator-time-up", By.id("phases-heading"));
        browser.driver.navigate().refresh();
        browser.driver.findElement(By.id("timer-next")).click();
        browser.wait.until(d -> "step".equals(d.findElement(By.cssSelector("[data-phases] li:nth-child(2)")).getAttribute("aria-current")));
        browser.wait.until(d -> d.findElement(By.id("timer-status")).getText().isEmpty());
        browser.signOut();
        browser.open(base, "admin/meetings/meeting.xhtml?id=" + meeting);
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Kollegacoaching i Bergen – møte 1"));

        // After the meeting, staff enter an attendee's rating on their behalf.
        api.put("api/meetings/" + meeting + "/attendance", leaders.stream().map(l -> "\"" + l + "\":\"PRESENT\"")
                .collect(java.util.stream.Collectors.joining(",", "{", "}"))).expect(200);
        browser.driver.navigate().refresh();
        // The meeting is months ahead: the room refuses to mark it held, in words, and logs nothing.
        browser.driver.findElement(By.id("room:held")).click();
        browser.wait.until(d -> browser.messageAreasSaying("Kan ikke markeres som avholdt før dagen den er satt opp til.").equals(List.of("messages")));
        assertTrue(browser.driver.findElement(By.id("room")).getText().contains("Kan ikke markeres som avholdt"), "also beside the button");
        assertEquals("PLANNED", api.get("api/meetings/" + meeting).object().getString("status"));
        browser.screenshot("meeting-held-too-early");
        // Moved to yesterday, when it took place after all.
        api.put("api/meetings/" + meeting, """
                {"date":"%s","start":"09:00","end":"11:30","version":%d}""".formatted(java.time.LocalDate.now().minusDays(1),
                api.get("api/meetings/" + meeting).object().getJsonNumber("version").longValue())).expect(200);
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
    void staff_add_an_extra_meeting_move_one_and_cancel_one_on_screen_and_everyone_is_told() {
        Api api = new Api(base);
        String name = "Flyttegruppa " + System.nanoTime();
        long group = api.post("api/groups", """
                {"name":"%s","municipality":"4601","engagementId":%d,"kind":"CROSS_DISCIPLINARY",
                 "plannedMeetings":2,"interval":"MONTHLY","start":"2027-04-07","mode":"IN_PERSON","location":"Rådhuset","defaultMethod":"ROUND"}"""
                .formatted(name, api.get("api/municipalities/4601/engagements").array().getJsonObject(0).getJsonNumber("id").longValue()))
                .expect(201).object().getJsonNumber("id").longValue();
        long leader = api.post("api/leaders", """
                {"municipality":"4601","name":"Flytt Fredriksen","email":"flytt.%d@bergen.kommune.no"}""".formatted(System.nanoTime()))
                .expect(201).object().getJsonNumber("id").longValue();
        api.post("api/groups/" + group + "/members", "{\"leaderId\":" + leader + "}").expect(201);
        List<JsonObject> planned = api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getValuesAs(JsonObject.class);

        // An extra meeting, from the group's meeting list: the form starts from the last meeting's times and place.
        browser.open(base, "admin/meetings/index.xhtml?group=" + group);
        assertEquals("Rådhuset", browser.driver.findElement(By.id("extra:place")).getDomProperty("value"));
        browser.driver.findElement(By.id("extra:date_input")).sendKeys("16.06.2027");
        browser.driver.findElement(By.id("extra:add")).click();
        browser.wait.until(d -> d.findElements(By.cssSelector("[id='meetings:list'] tbody tr")).size() == 3);
        browser.screenshot("meetings-extra");
        JsonObject extra = api.get("api/meetings?groupId=" + group).array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("date").equals("2027-06-16")).findFirst().orElseThrow();
        assertEquals(3, extra.getInt("numberInSeries"));
        assertEquals("Rådhuset", extra.getString("place"));

        // Moving the first meeting in its room; the members and adviser get mail and the calendar entry's sequence rises.
        long first = planned.get(0).getJsonNumber("id").longValue();
        browser.open(base, "admin/meetings/meeting.xhtml?id=" + first);
        // As a person does: select what the field holds and type over it.
        browser.driver.findElement(By.id("change:date_input")).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "08.04.2027",
                org.openqa.selenium.Keys.ESCAPE);
        browser.driver.findElement(By.id("change:start")).clear();
        browser.driver.findElement(By.id("change:start")).sendKeys("12:00");
        browser.driver.findElement(By.id("change:end")).clear();
        browser.driver.findElement(By.id("change:end")).sendKeys("14:30");
        browser.driver.findElement(By.id("change:place")).clear();
        browser.driver.findElement(By.id("change:place")).sendKeys("Kantina");
        browser.driver.findElement(By.id("change:move")).click();
        browser.waitSaying(() -> "moved on screen: " + browser.driver.findElement(By.id("change")).getText() + " / "
                + browser.driver.findElement(By.id("messages")).getText() + " / " + browser.driver.findElement(By.id("change:date_input")).getDomProperty("value"))
                .until(d -> api.get("api/meetings/" + first).object().getString("date").equals("2027-04-08"));
        JsonObject moved = api.get("api/meetings/" + first).object();
        assertEquals("12:00", moved.getString("start").substring(0, 5));
        assertEquals("Kantina", moved.getString("place"));
        assertEquals(1, moved.getInt("icsSequence"));
        browser.wait.until(d -> browser.messageAreasSaying("Lagret.").equals(List.of("messages")));

        // Someone else moves it meanwhile: the stale page says so, and keeps what was typed.
        api.put("api/meetings/" + first, """
                {"date":"2027-04-09","start":"12:00","end":"14:30","place":"Kantina","version":%d}""".formatted(moved.getJsonNumber("version").longValue()))
                .expect(200);
        browser.driver.findElement(By.id("change:place")).clear();
        browser.driver.findElement(By.id("change:place")).sendKeys("Biblioteket");
        browser.driver.findElement(By.id("change:move")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Noen andre har endret dette"));
        assertEquals("Biblioteket", browser.driver.findElement(By.id("change:place")).getDomProperty("value"), "nothing typed is lost");
        assertEquals("2027-04-09", api.get("api/meetings/" + first).object().getString("date"), "the other change stands");

        // Cancelling asks first, naming the action; "Avbryt" keeps the meeting, "Avlys" cancels it.
        browser.driver.navigate().refresh();
        browser.driver.findElement(By.id("change:cancel")).click();
        By dialog = By.cssSelector(".ui-confirm-dialog");
        browser.wait.until(d -> d.findElements(dialog).stream().anyMatch(WebElement::isDisplayed));
        WebElement shown = browser.driver.findElements(dialog).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        assertTrue(shown.getText().contains("Avlys møtet?"), shown.getText());
        browser.screenshot("meeting-cancel-confirm");
        shown.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
        browser.wait.until(d -> d.findElements(dialog).stream().noneMatch(WebElement::isDisplayed));
        assertEquals("PLANNED", api.get("api/meetings/" + first).object().getString("status"));
        browser.driver.findElement(By.id("change:cancel")).click();
        browser.wait.until(d -> d.findElements(dialog).stream().anyMatch(WebElement::isDisplayed));
        WebElement yes = browser.driver.findElements(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElseThrow();
        assertEquals("Avlys", yes.getText());
        yes.click();
        browser.wait.until(d -> api.get("api/meetings/" + first).object().getString("status").equals("CANCELLED"));
        assertEquals(3, api.get("api/meetings/" + first).object().getInt("icsSequence"));

        // Everyone was told each time: the member and the group's adviser (none here), in the outbox.
        List<String> subjects = api.get("api/mail?max=500").expect(200).array().getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("subject")).filter(t -> t.endsWith(name)).toList();
        assertTrue(subjects.contains("Nytt møte: " + name), subjects.toString());
        assertTrue(subjects.contains("Endret møte: " + name), subjects.toString());
        assertTrue(subjects.contains("Avlyst møte: " + name), subjects.toString());
    }

    @Test
    void staff_see_the_meetings_of_the_days_they_choose_and_the_start_page_opens_this_weeks() {
        Api api = new Api(base);
        String name = "Datofilter " + System.nanoTime();
        long group = api.post("api/groups", """
                {"name":"%s","municipality":"4601","engagementId":%d,"kind":"CROSS_DISCIPLINARY",
                 "plannedMeetings":2,"interval":"MONTHLY","start":"2027-05-05","mode":"IN_PERSON","location":"Rådhuset"}"""
                .formatted(name, api.get("api/municipalities/4601/engagements").array().getJsonObject(0).getJsonNumber("id").longValue()))
                .expect(201).object().getJsonNumber("id").longValue();
        List<JsonObject> planned = api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getValuesAs(JsonObject.class);
        java.time.LocalDate first = java.time.LocalDate.parse(planned.get(0).getString("date"));
        java.time.format.DateTimeFormatter screen = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

        browser.open(base, "admin/meetings/index.xhtml");
        browser.driver.findElement(By.id("meetings:from_input")).sendKeys(first.format(screen));
        browser.driver.findElement(By.id("meetings:to_input")).sendKeys(first.format(screen));
        browser.driver.findElement(By.id("meetings:filter")).click();
        browser.wait.until(d -> rowsOf(name) == 1);
        browser.screenshot("meetings-of-a-day");

        // The same days from the address, as a link or a bookmark keeps them; a day that does not exist is refused.
        browser.driver.get(base + "admin/meetings/index.xhtml?from=" + first + "&to=" + first.plusMonths(2));
        browser.wait.until(d -> rowsOf(name) == 2);
        browser.driver.get(base + "admin/meetings/index.xhtml?from=2027-02-30");
        assertTrue(browser.driver.findElements(By.id("meetings:list")).isEmpty(), "a malformed day is refused, not read as another");

        // The start page's "this week" opens the list from today to Sunday: an extra meeting today makes sure there is one.
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        api.post("api/meetings/extra", """
                {"groupId":%d,"date":"%s","start":"23:00","end":"23:30","place":"Rådhuset"}""".formatted(group, today)).expect(201);
        browser.driver.get(base + "admin/index.xhtml");
        browser.driver.findElement(By.cssSelector("#attention-thisWeek a")).click();
        java.time.LocalDate sunday = today.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
        browser.wait.until(d -> d.getCurrentUrl().contains("from=" + today + "&to=" + sunday));
        browser.wait.until(d -> rowsOf(name) == 1);
        assertTrue(browser.driver.findElement(By.id("meetings:list")).getText().contains("23:00"), "today's extra meeting, not next year's");
    }

    private long rowsOf(String groupName) {
        return browser.driver.findElements(By.cssSelector("[id='meetings:list'] tbody tr")).stream().filter(r -> r.getText().contains(groupName)).count();
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
        api.post("api/advisers", """
                {"name":"Fulle Fredrik","title":"rådgiver","email":"fulle.fredrik@ledernett.no","homeCounty":"11","writtenForms":["BOKMAL"],"monthlyCapacity":1}""")
                .expect(201);

        browser.open(base, "admin/coaching/course.xhtml");
        browser.chooseMunicipality("course:municipality", "Stavan", "Stavanger (1103)");
        browser.wait.until(d -> d.findElement(By.id("course:leaderId")).getText().contains("Siri Sand"));
        new Select(browser.driver.findElement(By.id("course:leaderId"))).selectByVisibleText("Siri Sand");
        new Select(browser.driver.findElement(By.id("course:engagementId"))).selectByIndex(1);
        // The advisers come ranked for Stavanger and the course's hours, best first with their score; one without room is not offered.
        browser.wait.until(d -> d.findElement(By.id("course:adviserId")).getText().contains("Vera Veileder ("));
        List<String> offered = new Select(browser.driver.findElement(By.id("course:adviserId"))).getOptions().stream().map(WebElement::getText)
                .skip(1).toList();
        assertTrue(offered.stream().noneMatch(o -> o.startsWith("Fulle Fredrik")), offered.toString());
        List<Integer> scores = offered.stream().map(o -> Integer.parseInt(o.replaceAll(".*\\((\\d+) av 100\\)$", "$1"))).toList();
        assertEquals(scores.stream().sorted(java.util.Comparator.reverseOrder()).toList(), scores, offered.toString());
        new Select(browser.driver.findElement(By.id("course:adviserId"))).getOptions().stream().filter(o -> o.getText().startsWith("Vera Veileder ("))
                .findFirst().orElseThrow().click();
        browser.screenshot("coaching-new-ranked");
        browser.driver.findElement(By.id("course:create")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Veiledning: Siri Sand"));
        // Staff never see an adviser's notes.
        browser.driver.findElement(By.id("plan:addSession")).click();
        browser.wait.until(d -> d.findElement(By.id("plan")).getText().contains("Oppgi videolenke."));
        browser.driver.findElement(By.id("plan:place")).sendKeys("https://video.example.no/siri");
        browser.driver.findElement(By.id("plan:addSession")).click();
        browser.wait.until(d -> d.findElements(By.cssSelector("#sessions .ranked")).size() == 1);
        // "Lagret." once, above the sessions where the new one appeared (it was said twice: the page's top and the sessions').
        assertEquals(List.of("sessions:sessionMessages"), browser.messageAreasSaying("Lagret."));
        assertTrue(browser.driver.findElement(By.id("sessions")).getText().contains("Notatene er private"));
        // Moved to the afternoon: the plan form takes the session's time and place, saves the change (mailed to both) and plans new ones again.
        browser.driver.findElement(By.cssSelector("#sessions .ranked button[aria-label^='Flytt']")).click();
        browser.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("plan-heading")).getText().equals("Flytt samtalen"));
        assertEquals("https://video.example.no/siri", browser.driver.findElement(By.id("plan:place")).getDomProperty("value"));
        browser.driver.findElement(By.id("plan:start")).clear();
        browser.driver.findElement(By.id("plan:start")).sendKeys("13:00");
        browser.driver.findElement(By.id("plan:end")).clear();
        browser.driver.findElement(By.id("plan:end")).sendKeys("14:00");
        browser.driver.findElement(By.id("plan:addSession")).click();
        browser.wait.until(d -> d.findElement(By.id("sessions")).getText().contains("13:00–14:00"));
        browser.wait.until(d -> d.findElement(By.id("plan-heading")).getText().equals("Planlegg en samtale"));
        assertEquals(1, browser.driver.findElements(By.cssSelector("#sessions .ranked")).size(), "moved, not added");
        // The session is a week ahead: it cannot be marked held yet.
        browser.driver.findElement(By.cssSelector("#sessions .ranked button")).click();
        browser.wait.until(d -> browser.messageAreasSaying("Kan ikke markeres som avholdt før dagen den er satt opp til.").equals(List.of("sessions:sessionMessages")));
        assertTrue(!browser.driver.findElement(By.id("sessions")).getText().contains("Avholdt"));
        // One held before the engagement began: its hours are logged, with a warning to settle it before invoicing.
        WebElement date = browser.driver.findElement(By.id("plan:date_input"));
        date.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "15.12.2025", org.openqa.selenium.Keys.TAB);
        browser.driver.findElement(By.id("plan:place")).sendKeys("https://video.example.no/siri");
        browser.driver.findElement(By.id("plan:addSession")).click();
        browser.wait.until(d -> d.findElements(By.cssSelector("#sessions .ranked")).size() == 2);
        browser.driver.findElements(By.cssSelector("#sessions .ranked")).get(0).findElement(By.tagName("button")).click();
        browser.wait.until(d -> d.findElement(By.id("sessions")).getText().contains("Avholdt"));
        assertEquals(List.of("sessions:sessionMessages"), browser.messageAreasSaying("er utenfor avtalens periode (01.01.2026 – 31.12.2027)"),
                browser.driver.findElement(By.id("sessions")).getText());
        browser.screenshot("coaching-course");

        browser.driver.findElement(By.partialLinkText("Timer per måned")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Timer: Stavanger"));
        assertTrue(browser.driver.findElement(By.id("entries")).getText().contains("Individuell veiledning ⚠ Utenfor avtalens periode"),
                browser.driver.findElement(By.id("entries")).getText());
        assertTrue(browser.driver.findElement(By.id("outside")).getText().contains("Én føring ligger utenfor avtalens periode"));
        assertTrue(browser.driver.findElement(By.id("budget")).getText().contains("Brukt 1,5 av 10 timer"), browser.driver.findElement(By.id("budget")).getText());
        browser.screenshot("engagement-hours");
    }

    @Test
    void the_adviser_records_a_leader_who_did_not_come_and_the_course_page_says_the_hours_are_billed() {
        Api api = new Api(base);
        long engagement = api.post("api/engagements", """
                {"municipality":"4601","kind":"INDIVIDUAL_COACHING","start":"2026-01-01","end":"2027-12-31","hourBudget":10,"status":"ACTIVE"}""")
                .expect(201).object().getJsonNumber("id").longValue();
        long leader = api.post("api/leaders", """
                {"municipality":"4601","name":"Ola Uteblitt","email":"ola.uteblitt@bergen.kommune.no"}""").expect(201).object().getJsonNumber("id").longValue();
        long hanne = TestAdvisers.hanne(api);
        long course = api.post("api/coaching", """
                {"leaderId":%d,"adviserId":%d,"engagementId":%d,"start":"2026-11-01","end":"2027-06-30","hoursPerMonth":2}"""
                .formatted(leader, hanne, engagement)).expect(201).object().getJsonNumber("id").longValue();
        long session = api.post("api/coaching/" + course + "/sessions", """
                {"date":"2026-11-20","start":"09:00","end":"10:00","mode":"IN_PERSON","place":"Rådhuset, møterom 2"}""")
                .expect(201).object().getJsonNumber("id").longValue();

        browser.signOut();
        browser.open(base, "admin/coaching/course.xhtml?id=" + course, ADVISER, Api.PASSWORD);
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Veiledning: Ola Uteblitt"));
        browser.driver.findElement(By.cssSelector("#sessions button.no-show")).click();
        By dialog = By.cssSelector(".ui-confirm-dialog");
        browser.wait.until(d -> d.findElements(dialog).stream().anyMatch(WebElement::isDisplayed));
        WebElement shown = browser.driver.findElements(dialog).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        assertTrue(shown.getText().contains("Registrere at lederen ikke møtte?") && shown.getText().contains("faktureres"), shown.getText());
        assertEquals("Registrer ikke møtt", shown.findElement(By.cssSelector(".ui-confirmdialog-yes")).getText());
        shown.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.wait.until(d -> d.findElement(By.id("sessions")).getText().contains("Ikke møtt"));
        String text = browser.driver.findElement(By.id("sessions")).getText();
        assertTrue(text.contains("timene er ført og faktureres som for en avholdt samtale"), text);
        assertTrue(browser.driver.findElements(By.cssSelector("#sessions button.no-show")).isEmpty());
        browser.screenshot("coaching-no-show");
        browser.signOut();

        // Staff see the same on the course page, and the hours under their own label.
        assertEquals("NO_SHOW", api.get("api/coaching/" + course + "/sessions").expect(200).array().getJsonObject(0).getString("status"));
        assertEquals(1.5, api.get("api/engagements/" + engagement).object().getJsonNumber("hoursUsed").doubleValue(), 1e-9);
        browser.open(base, "admin/coaching/course.xhtml?id=" + course);
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Veiledning: Ola Uteblitt"));
        assertTrue(browser.driver.findElement(By.id("sessions")).getText().contains("Ikke møtt"));
        assertTrue(browser.driver.findElement(By.id("sessions")).getText().contains("faktureres som for en avholdt samtale"));
        browser.driver.findElement(By.partialLinkText("Timer per måned")).click();
        browser.wait.until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Timer:"));
        assertTrue(browser.driver.findElement(By.id("entries")).getText().contains("Individuell veiledning (ikke møtt, faktureres)"),
                browser.driver.findElement(By.id("entries")).getText());
        browser.signOut();
    }
}
