package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
        browser.chooseMunicipality("form:municipality", "Bæru", "Bærum (3201)");
        browser.wait.until(d -> !d.findElements(By.xpath("//select[@id='form:engagementId']/option[starts-with(., 'Ledere i Bærum')]")).isEmpty());
        browser.driver.findElement(By.xpath("//select[@id='form:engagementId']/option[starts-with(., 'Ledere i Bærum')]")).click();
        choose("form:subjectAreaId", "Skole");
        browser.driver.findElement(By.cssSelector("[id='form:competenceRequired'] .ui-chkbox-box")).click();
        choose("form:mode", "Video");
        assertEquals("01.07–31.07; 20.12–03.01", browser.driver.findElement(By.id("form:blackoutPeriods")).getAttribute("value"),
                "the summer holiday and Christmas unless staff change them");
        browser.screenshot("group-form");
        browser.driver.findElement(By.id("form:save")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Rektornettverket i Bærum"));
        long groupId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));

        browser.driver.navigate().refresh();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Rektornettverket i Bærum"));
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
        // "Lagret." once per save, in the members' form where the user clicked, not also at the top of the page
        // (the page was opened afresh above, so the top shows no "Lagret." of the group's creation).
        assertEquals(List.of("members:memberMessages"), browser.driver.findElements(By.cssSelector(".ui-messages")).stream()
                .filter(m -> m.getText().contains("Lagret.")).map(m -> m.getAttribute("id")).toList());
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

    @Test
    void an_erased_leader_leaves_every_group_and_is_offered_in_no_choice_list() {
        Api api = new Api(base);
        String run = String.valueOf(System.nanoTime());
        long engagement = api.post("api/engagements", """
                {"municipality":"3907","kind":"NETWORK_GROUPS","start":"2026-01-01","end":"2027-12-31","hourBudget":100}""")
                .expect(201).object().getJsonNumber("id").longValue();
        long group = api.post("api/groups", """
                {"name":"Sletting %s","municipality":"3907","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":2,"interval":"MONTHLY",
                 "start":"2027-04-07","mode":"VIDEO","defaultMethod":"ROUND"}""".formatted(run, engagement)).expect(201).object().getJsonNumber("id").longValue();
        long erased = api.post("api/leaders", """
                {"municipality":"3907","name":"Eva Erasmussen","email":"eva.%s@sandefjord.kommune.no"}""".formatted(run))
                .expect(201).object().getJsonNumber("id").longValue();
        for (long leader : List.of(erased,
                api.post("api/leaders", """
                        {"municipality":"3907","name":"Frode Fjell","email":"frode.%s@sandefjord.kommune.no","reportsToId":%d}""".formatted(run, erased))
                        .expect(201).object().getJsonNumber("id").longValue(),
                api.post("api/leaders", """
                        {"municipality":"3907","name":"Gro Grav","email":"gro.%s@sandefjord.kommune.no"}""".formatted(run))
                        .expect(201).object().getJsonNumber("id").longValue())) {
            api.post("api/groups/" + group + "/members", "{\"leaderId\":" + leader + "}").expect(201);
        }
        long meeting = api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getJsonObject(0).getJsonNumber("id").longValue();

        api.post("api/personal-data/leaders/" + erased + "/erase", "").expect(204);

        // The membership ended on the day of erasure; the history stays, anonymous.
        JsonObject member = api.get("api/groups/" + group).expect(200).object().getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonNumber("leaderId").longValue() == erased).findFirst().orElseThrow();
        assertEquals("Slettet leder", member.getString("name"));
        assertTrue(member.containsKey("left") && !member.isNull("left"), "membership ended: " + member);
        assertEquals(2, api.get("api/groups/" + group).object().getJsonNumber("memberCount").intValue());
        assertEquals(List.of("Frode Fjell", "Gro Grav"), api.get("api/meetings/" + meeting + "/plan").expect(200).object().getJsonArray("presenters")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).sorted().toList(), "no round slot");
        // The services refuse the erased leader as a member or a manager, whatever a client sends.
        assertEquals(List.of("leaderId:member.erased"), api.post("api/groups/" + group + "/members", "{\"leaderId\":" + erased + "}")
                .expect(400).object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ":" + e.getString("rule")).toList());
        api.post("api/leaders", """
                {"municipality":"3907","name":"Hans Hei","email":"hans.%s@sandefjord.kommune.no","reportsToId":%d}""".formatted(run, erased)).expect(400);

        // Neither "Legg til" nor "Rapporterer til" offers them.
        browser.open(base, "admin/groups/group.xhtml?id=" + group);
        List<String> managers = new Select(browser.driver.findElement(By.id("newLeader:reportsToId"))).getOptions().stream().map(WebElement::getText).toList();
        assertTrue(managers.contains("Gro Grav"), managers.toString());
        assertFalse(managers.contains("Slettet leder"), managers.toString());
        assertFalse(browser.driver.findElement(By.id("members:candidates")).getText().contains("Slettet leder"));
        browser.driver.findElement(By.id("members:leaderSearch")).sendKeys("Slettet");
        browser.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("members:candidates")).getText().contains("Ingen ledere passer søket."));
        assertTrue(browser.driver.findElement(By.id("members:memberTable")).getText().contains("Slettet leder"), "kept as a former member");
        browser.screenshot("group-after-erasure");
    }

    @Test
    void staff_find_a_municipalitys_leaders_by_its_name_and_are_told_when_a_name_fits_two() {
        browser.open(base, "admin/municipalities/leaders.xhtml");
        browser.chooseMunicipality("choose:municipality", "Lillest", "Lillestrøm (3205)");
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Ledere i Lillestrøm"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("municipality=3205"), browser.driver.getCurrentUrl());
        assertEquals("Lillestrøm (3205)", browser.driver.findElement(By.id("choose:municipality_input")).getDomProperty("value"));
        browser.screenshot("leaders-by-name");

        // A whole name typed without picking from the list is understood; one that two municipalities share is not.
        WebElement input = browser.driver.findElement(By.id("choose:municipality_input"));
        input.clear();
        input.sendKeys("bergen");
        browser.driver.findElement(By.id("choose:show")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Ledere i Bergen"));
        input = browser.driver.findElement(By.id("choose:municipality_input"));
        input.clear();
        input.sendKeys("Herøy");
        browser.driver.findElement(By.id("choose:show")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("choose"), "Flere kommuner passer «Herøy»"));
        assertTrue(browser.driver.findElement(By.id("choose")).getText().contains("Herøy (Møre og Romsdal) (1515)"));
        assertEquals("Ledere i Bergen", browser.driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void staff_open_a_leader_from_the_list_see_their_groups_and_meetings_and_change_them_without_overwriting_anothers_change() {
        Api api = new Api(base);
        long engagement = api.post("api/engagements", """
                {"municipality":"3205","kind":"NETWORK_GROUPS","programme":"Ledere i Lillestrøm","start":"2027-01-01","end":"2027-12-31","hourBudget":100}""")
                .expect(201).object().getJsonNumber("id").longValue();
        long leader = api.post("api/leaders", """
                {"municipality":"3205","name":"Lise Lillevik","email":"lise.lillevik@lillestrom.kommune.no","positionTitle":"Enhetsleder"}""")
                .expect(201).object().getJsonNumber("id").longValue();
        long group = api.post("api/groups", """
                {"name":"Lederforum Lillestrøm","municipality":"3205","engagementId":%d,"kind":"CROSS_DISCIPLINARY",
                 "plannedMeetings":2,"interval":"MONTHLY","start":"2027-03-03","mode":"VIDEO","defaultMethod":"ROUND"}""".formatted(engagement))
                .expect(201).object().getJsonNumber("id").longValue();
        api.post("api/groups/" + group + "/members", "{\"leaderId\":" + leader + "}").expect(201);
        api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201);

        // Through the list's old address, kept for bookmarks: the browser is sent on with the municipality.
        browser.open(base, "admin/groups/leaders.xhtml?municipality=3205");
        assertTrue(browser.driver.getCurrentUrl().contains("/admin/municipalities/leaders.xhtml?municipality=3205"), browser.driver.getCurrentUrl());
        browser.driver.findElement(By.id("leaders:text")).sendKeys("Lillevik");
        By link = By.xpath("//a[normalize-space(.)='Lise Lillevik']");
        browser.click(link);
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Lise Lillevik"));
        String page = browser.driver.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Lederforum Lillestrøm") && page.contains("Nettverksmøter") && page.contains("Lederforum Lillestrøm – Alle presenterer")
                && page.contains("Planlagt") && page.contains("Personopplysninger"), page);
        browser.screenshot("leader-page");

        WebElement title = browser.driver.findElement(By.id("leader:positionTitle"));
        title.clear();
        title.sendKeys("Virksomhetsleder");
        browser.driver.findElement(By.id("leader:save")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("leader:messages"), "Lagret."));
        assertEquals("Virksomhetsleder", api.get("api/leaders/" + leader).object().getString("positionTitle"));

        // Someone else saves the leader while the page is open: nothing of theirs is overwritten, nothing typed here is lost.
        JsonObject now = api.get("api/leaders/" + leader).object();
        api.put("api/leaders/" + leader, """
                {"name":"Lise Lillevik","email":"lise.lillevik@lillestrom.kommune.no","positionTitle":"Virksomhetsleder","unit":"Skoleetaten","version":%d}"""
                .formatted(now.getJsonNumber("version").longValue())).expect(200);
        WebElement unit = browser.driver.findElement(By.id("leader:unit"));
        unit.clear();
        unit.sendKeys("Oppvekst");
        browser.driver.findElement(By.id("leader:save")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("leader:messages"), "Noen andre har endret lederen"));
        assertEquals("Oppvekst", browser.driver.findElement(By.id("leader:unit")).getDomProperty("value"));
        assertEquals("Skoleetaten", api.get("api/leaders/" + leader).object().getString("unit"));
        browser.screenshot("leader-page-conflict");

        // From the group's member list too.
        browser.open(base, "admin/groups/group.xhtml?id=" + group);
        browser.driver.findElement(By.xpath("//*[@id='members:memberTable']//a[normalize-space(.)='Lise Lillevik']")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Lise Lillevik"));
    }

    @Test
    void staff_make_a_leaders_calendar_link_from_their_page_see_when_it_was_used_and_revoke_it() {
        Api api = new Api(base);
        long leader = api.post("api/leaders", """
                {"municipality":"3205","name":"Kari Kalender","email":"kari.kalender@lillestrom.kommune.no"}""")
                .expect(201).object().getJsonNumber("id").longValue();
        browser.open(base, "admin/municipalities/leader.xhtml?id=" + leader);
        // A corrected name shows in the page's heading at once, not only after a reload.
        browser.driver.findElement(By.id("leader:name")).clear();
        browser.driver.findElement(By.id("leader:name")).sendKeys("Kari K. Kalender");
        browser.driver.findElement(By.id("leader:save")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Kari K. Kalender"));
        browser.driver.findElement(By.id("calendarLinks")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Kalenderlenker for Kari K. Kalender"));
        assertTrue(browser.driver.findElement(By.id("calendar:links")).getText().contains("Ingen kalenderlenker ennå."));
        browser.driver.findElement(By.id("calendar:create")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calendar:url")));
        String shown = browser.driver.findElement(By.id("calendar:url")).getDomProperty("value");
        assertTrue(shown.matches("https?://.+/api/calendar/[\\w-]{40,}"), shown);
        String feed = "api/calendar/" + shown.replaceAll(".*/", "");
        assertTrue(browser.driver.findElement(By.id("calendar:links")).getText().contains("Aldri"), "not fetched yet");

        // Fetched as SessionsApiIT fetches feeds (with the API client's credentials).
        api.download(feed).expect(200);
        browser.driver.navigate().refresh();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calendar:links")));
        String links = browser.driver.findElement(By.id("calendar:links")).getText();
        assertFalse(links.contains("Aldri"), "fetched once: " + links);
        assertTrue(links.contains("I bruk"), links);
        browser.screenshot("calendar-links");

        browser.driver.findElement(By.xpath("//*[@id='calendar:links']//button[starts-with(@aria-label, 'Trekk tilbake lenken laget')]")).click();
        By dialog = By.cssSelector(".ui-confirm-dialog");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(dialog));
        assertTrue(browser.driver.findElement(dialog).getText().contains("Trekke tilbake kalenderlenken laget"), browser.driver.findElement(dialog).getText());
        browser.driver.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar:links"), "Trukket tilbake"));
        api.download(feed).expect(404);

        // An adviser's links are made from the adviser's page the same way.
        long adviser = api.get("api/advisers?q=Hanne").object().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        browser.open(base, "admin/advisers/adviser.xhtml?id=" + adviser);
        browser.driver.findElement(By.id("calendarLinks")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Kalenderlenker for Hanne"));
    }

    private static List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("[id='search:results_data'] > tr[data-rk]"));
    }

    private static boolean ticked(WebElement row) {
        return "true".equals(row.getAttribute("aria-selected"));
    }

    private static void sendToAssignment() {
        browser.driver.findElement(By.id("search:batch")).click();
        By dialog = By.cssSelector(".ui-confirm-dialog");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(dialog));
        assertTrue(browser.driver.findElement(dialog).getText().contains("Sende gruppene til fordeling?"), browser.driver.findElement(dialog).getText());
        browser.driver.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
    }

    @Test
    void staff_send_the_groups_they_tick_to_an_assignment_and_only_those() throws Exception {
        Api api = new Api(base);
        String tag = "Batchvalg " + Long.toString(System.nanoTime(), 36);
        long engagement = api.post("api/engagements", """
                {"municipality":"3201","kind":"NETWORK_GROUPS","start":"2027-01-01","end":"2027-12-31","hourBudget":300,"status":"ACTIVE"}""")
                .expect(201).object().getJsonNumber("id").longValue();
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        for (String letter : List.of("A", "B", "C")) {
            ids.put(letter, api.post("api/groups", """
                    {"name":"%s %s","municipality":"3201","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":6,"interval":"MONTHLY",
                     "start":"2027-02-01","mode":"VIDEO"}""".formatted(tag, letter, engagement)).expect(201).object().getJsonNumber("id").longValue());
        }

        browser.open(base, "admin/groups/index.xhtml");
        browser.driver.findElement(By.id("search:text")).sendKeys(tag);
        // The filter's groups without an adviser are ticked to begin with.
        browser.wait.until(d -> rows().size() == 3 && rows().stream().allMatch(GroupScreensIT::ticked));
        assertEquals("Foreslå veiledere for valgte grupper", browser.driver.findElement(By.id("search:batch")).getText());
        WebElement c = rows().stream().filter(r -> r.getText().contains(tag + " C")).findFirst().orElseThrow();
        c.findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.wait.until(d -> rows().stream().filter(GroupScreensIT::ticked).count() == 2);
        browser.screenshot("groups-batch-choice");
        sendToAssignment();
        browser.wait.until(ExpectedConditions.urlContains("/admin/proposals/proposal"));
        long proposal = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        JsonObject p = null;
        for (int i = 0; i < 120; i++) {
            p = api.get("api/proposals/" + proposal).object();
            if (!p.getString("status").equals("COMPUTING")) {
                break;
            }
            browser.sleepQuietly(250);
        }
        assertEquals(java.util.Set.of("group:" + ids.get("A"), "group:" + ids.get("B")), p.getJsonArray("needs").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("reference")).collect(java.util.stream.Collectors.toSet()));

        // Nothing ticked: refused in words, and no assignment is started.
        browser.open(base, "admin/groups/index.xhtml");
        browser.driver.findElement(By.id("search:text")).sendKeys(tag);
        browser.wait.until(d -> rows().size() == 3 && rows().stream().allMatch(GroupScreensIT::ticked));
        for (WebElement row : rows()) {
            row.findElement(By.cssSelector(".ui-chkbox-box")).click();
        }
        browser.wait.until(d -> rows().stream().noneMatch(GroupScreensIT::ticked));
        sendToAssignment();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:messages"), "Velg minst én gruppe"));
        assertTrue(browser.driver.getCurrentUrl().contains("/admin/groups/"), browser.driver.getCurrentUrl());
    }
}
