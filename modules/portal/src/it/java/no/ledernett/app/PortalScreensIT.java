package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The portal in a browser: a contact sees only their own municipality and never a challenge's text; a leader writes their challenge. */
class PortalScreensIT extends BrowserTest {

    static final String BERGEN_CONTACT = "ingrid.solheim@bergen.kommune.no";
    static final String BERGEN_LEADER = "gunnar.vik@bergen.kommune.no";

    @Test
    void a_contact_signs_in_and_sees_only_their_municipality_and_no_challenge_text() {
        Api staff = new Api(base);
        String marker = "HEMMELIG-" + System.nanoTime();
        long bergenGroup = staff.get("api/groups?municipality=4601").object().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long bodoGroup = staff.get("api/groups?municipality=1804").object().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        String bodoName = staff.get("api/groups/" + bodoGroup).object().getString("name");
        long planned = staff.get("api/meetings?groupId=" + bergenGroup).array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("status").equals("PLANNED")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long member = staff.get("api/groups/" + bergenGroup).object().getJsonArray("members").getJsonObject(0).getJsonNumber("leaderId").longValue();
        staff.post("api/meetings/" + planned + "/challenges", """
                {"leaderId":%d,"title":"%s","description":"%s","helpWanted":"%s"}""".formatted(member, marker, marker, marker)).expect(201);

        browser.signOut();
        browser.open(base, "portal/index.xhtml", BERGEN_CONTACT, Api.PASSWORD);
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Bergen"));
        String overview = browser.driver.findElement(By.tagName("main")).getText();
        assertTrue(overview.contains("Rektornettverket i Bergen"), overview);
        assertTrue(overview.contains("Hanne Lunde"), "who to contact");
        assertFalse(overview.contains(bodoName), "no other municipality's groups");
        assertFalse(browser.driver.getPageSource().contains(marker));
        browser.screenshot("portal-contact");

        browser.driver.findElement(By.linkText("Rektornettverket i Bergen")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Rektornettverket i Bergen"));
        assertTrue(browser.driver.findElement(By.id("schedule")).getText().contains("Planlagt"));
        assertFalse(browser.driver.getPageSource().contains(marker));
        browser.screenshot("portal-group");

        browser.driver.get(base + "portal/group.xhtml?id=" + bodoGroup);
        assertFalse(browser.driver.getPageSource().contains(bodoName), "another municipality's group is not found");
        browser.driver.get(base + "admin/groups/index.xhtml");
        assertFalse(browser.driver.getPageSource().contains("Rektornettverket"), "the admin screens are closed to contacts");
        for (String page : List.of("portal/leaders.xhtml", "portal/request.xhtml")) {
            browser.driver.get(base + page);
            assertFalse(browser.driver.getPageSource().contains(marker), page);
        }
    }

    @Test
    void a_contact_finds_their_municipalitys_invoices_and_downloads_one() {
        List<JsonObject> issued = TestInvoices.approvedRun(new Api(base)).getJsonArray("invoices").getValuesAs(JsonObject.class);
        JsonObject bergen = issued.stream().filter(i -> i.getString("municipalityNumber").equals("4601")).findFirst().orElseThrow();
        JsonObject bodo = issued.stream().filter(i -> i.getString("municipalityNumber").equals("1804")).findFirst().orElseThrow();

        browser.signOut();
        browser.open(base, "portal/index.xhtml", BERGEN_CONTACT, Api.PASSWORD);
        browser.driver.findElement(By.id("navInvoices")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Fakturaer"));
        String table = browser.driver.findElement(By.id("list:results")).getText();
        assertTrue(table.contains(String.valueOf(bergen.getJsonNumber("number"))), table);
        assertTrue(browser.driver.findElements(By.id("pdf-" + bodo.getJsonNumber("id"))).isEmpty(), "no other municipality's invoice: " + table);
        String pdf = browser.driver.findElement(By.id("pdf-" + bergen.getJsonNumber("id"))).getAttribute("href");
        assertTrue(pdf.endsWith("/api/invoices/" + bergen.getJsonNumber("id") + "/pdf"), pdf);
        browser.screenshot("portal-invoices");

        // A year without invoices shows the empty text, not an empty table.
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("list:year")))
                .selectByValue(String.valueOf(LocalDate.now().getYear() - 4));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:results"), "Ingen fakturaer"));
    }

    @Test
    void a_leader_writes_their_challenge_while_intake_is_open() {
        Api staff = new Api(base);
        long leader = staff.get("api/leaders?municipality=4601&q=gunnar.vik").object().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        long engagement = staff.get("api/municipalities/4601/engagements").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> !e.getString("kind").equals("INDIVIDUAL_COACHING")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long group = staff.post("api/groups", """
                {"name":"Portalgruppen","municipality":"4601","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":2,"interval":"MONTHLY",
                 "start":"%s","mode":"VIDEO","defaultMethod":"PEER_COACHING","blackoutPeriods":""}""".formatted(engagement, LocalDate.now().plusDays(5)))
                .expect(201).object().getJsonNumber("id").longValue();
        staff.post("api/groups/" + group + "/members", "{\"leaderId\":" + leader + "}").expect(201);
        staff.post("api/meetings", "{\"groupId\":" + group + "}").expect(201);

        browser.signOut();
        browser.open(base, "portal/index.xhtml", BERGEN_LEADER, Api.PASSWORD);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Velkommen"));
        assertTrue(browser.driver.findElement(By.id("meetings")).getText().contains("Skriv inn lederutfordringen din"));
        browser.screenshot("portal-leader");
        var link = browser.driver.findElements(By.cssSelector("#meetings a")).stream().filter(a -> a.getText().contains("Portalgruppen")).findFirst()
                .orElseThrow();
        long meeting = Long.parseLong(link.getAttribute("href").replaceAll(".*id=(\\d+).*", "$1"));
        link.click();
        browser.wait.until(d -> !d.findElements(By.id("challenge:title")).isEmpty());
        browser.driver.findElement(By.id("challenge:save")).click();
        browser.wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Må fylles ut."));
        browser.driver.findElement(By.id("challenge:title")).sendKeys("Få teamet med på endring");
        browser.driver.findElement(By.id("challenge:description")).sendKeys("Vi skal flytte, og mange er skeptiske.");
        browser.driver.findElement(By.id("challenge:save")).click();
        browser.wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Lagret."));
        browser.screenshot("portal-challenge");

        JsonObject stored = staff.get("api/meetings/" + meeting + "/challenges").array().getJsonObject(0);
        assertEquals(leader, stored.getJsonNumber("leaderId").longValue());
        assertEquals("PARTICIPANT", stored.getString("enteredBy"));
        assertTrue(stored.getBoolean("confidential"), "staff never read it");
        JsonObject own = new Api(base, BERGEN_LEADER, Api.PASSWORD).get("api/portal/meetings").array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonObject("meeting").getJsonNumber("id").longValue() == meeting).findFirst().orElseThrow();
        assertEquals("Få teamet med på endring", own.getJsonObject("challenge").getString("title"));
    }

    static final String BODO_CONTACT = "marit.johansen@bodo.kommune.no";

    @Test
    void a_cross_disciplinary_request_does_not_ask_for_subject_competence_and_staff_make_the_engagement_from_it() {
        String wishes = "Ledere fra skole, helse og teknisk sammen " + System.nanoTime();
        browser.signOut();
        browser.open(base, "portal/request.xhtml", BODO_CONTACT, Api.PASSWORD);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request:send")));
        assertTrue(browser.driver.findElements(By.id("request:competenceWanted_input")).isEmpty(),
                "no subject chosen (cross-disciplinary): subject competence is not offered, let alone ticked");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("request:subjectAreaId"))).selectByVisibleText("Skole");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request:competenceWanted_input")));
        assertEquals("false", browser.driver.findElement(By.id("request:competenceWanted_input")).getDomProperty("checked"), "offered, not ticked");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("request:subjectAreaId"))).selectByIndex(0);
        browser.wait.until(d -> d.findElements(By.id("request:competenceWanted_input")).isEmpty());
        org.openqa.selenium.WebElement participants = browser.driver.findElement(By.id("request:participants_input"));
        participants.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "20");
        browser.driver.findElement(By.id("request:wishes")).sendKeys(wishes);
        browser.driver.findElement(By.id("request:send")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sent"), "Nettverksgruppe, 20"));
        browser.screenshot("portal-request");

        Api staff = new Api(base);
        JsonObject request = staff.get("api/requests?status=NEW&size=200").object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> wishes.equals(r.getString("wishes", null))).findFirst().orElseThrow();
        assertFalse(request.getBoolean("competenceWanted"), request.toString());
        assertEquals("1804", request.getString("municipality"));

        browser.signOut();
        browser.open(base, "admin/requests/index.xhtml");
        browser.driver.findElement(By.xpath("//tr[td[contains(., '" + wishes + "')]]//a[normalize-space(.)='Lag avtale']")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Ny avtale med Bodø"));
        assertEquals("NETWORK_GROUPS", new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("form:kind")))
                .getFirstSelectedOption().getDomProperty("value"));
        // Twenty leaders are three groups of at most eight; twelve months of a three-hour meeting and an hour's preparation each.
        assertEquals("144", browser.driver.findElement(By.id("form:hourBudget_input")).getDomProperty("value"));
        assertTrue(browser.driver.findElement(By.id("form:notes")).getDomProperty("value").contains(wishes));
        browser.screenshot("engagement-from-request");
        browser.driver.findElement(By.id("form:save")).click();
        browser.wait.until(ExpectedConditions.urlContains("municipality.xhtml"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Bodø"));

        JsonObject engagement = staff.get("api/municipalities/1804/engagements").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("notes", "").contains(wishes)).findFirst().orElseThrow();
        assertEquals(request.getString("start"), engagement.getString("start"));
        assertEquals(request.getString("end"), engagement.getString("end"));
        assertEquals(144, engagement.getInt("hourBudget"));
        assertTrue(staff.get("api/requests?status=HANDLED&size=200").object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getJsonNumber("id").longValue() == request.getJsonNumber("id").longValue()), "the request is answered");
    }
}
