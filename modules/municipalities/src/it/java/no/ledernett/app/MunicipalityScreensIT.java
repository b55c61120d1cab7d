package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The municipality screens in a real Chromium, as a staff member would use them. */
class MunicipalityScreensIT extends BrowserTest {

    private void open(String path) {
        browser.open(base, path);
    }

    private List<String> rowTexts(String tableId) {
        try {
            return browser.driver.findElements(By.cssSelector("[id$='" + tableId + "'] tbody tr")).stream().map(WebElement::getText).toList();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return List.of();
        }
    }

    /** Replaces a field's content the way a person does: select all, type over it. */
    private void type(String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    @Test
    void staff_find_lillestrom_and_add_an_engagement_that_is_then_listed() {
        open("admin/municipalities/index.xhtml");
        assertEquals("Kommuner", browser.driver.findElement(By.tagName("h1")).getText());
        browser.screenshot("municipality-list");

        browser.driver.findElement(By.id("search:text")).sendKeys("Lillestrøm");
        browser.wait.until(d -> rowTexts("results").size() == 1 && rowTexts("results").get(0).contains("Lillestrøm"));
        browser.driver.findElement(By.linkText("Lillestrøm")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Lillestrøm"));

        browser.driver.findElement(By.linkText("Ny avtale")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Ny avtale med Lillestrøm"));
        browser.driver.findElement(By.id("form:programme_input")).sendKeys("Ledere i Lillestrøm 2027");
        type("form:start_input", "01.02.2027");
        type("form:end_input", "15.12.2027");
        browser.driver.findElement(By.id("form:hourBudget_input")).sendKeys("240");
        browser.screenshot("engagement-form");
        browser.driver.findElement(By.id("form:save")).click();

        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Lillestrøm"));
        browser.wait.until(d -> rowTexts("engagements").stream().anyMatch(r -> r.contains("Ledere i Lillestrøm 2027")));
        String row = rowTexts("engagements").stream().filter(r -> r.contains("Ledere i Lillestrøm 2027")).findFirst().orElseThrow();
        assertTrue(row.contains("240 timer") && row.contains("01.02.2027") && row.contains("Utkast"), row);
        assertTrue(browser.driver.getPageSource().contains("Lagret."));
        browser.screenshot("municipality-with-engagement");
    }

    @Test
    void an_end_before_the_start_is_shown_beside_the_end_date_and_nothing_is_saved() {
        open("admin/municipalities/engagement.xhtml?municipality=3201");
        type("form:start_input", "01.06.2027");
        type("form:end_input", "01.05.2027");
        browser.driver.findElement(By.id("form:hourBudget_input")).sendKeys("10");
        browser.driver.findElement(By.id("form:save")).click();

        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form:end-message"),
                "Sluttdato kan ikke være før startdato."));
        browser.screenshot("engagement-form-error");
        open("admin/municipalities/municipality.xhtml?number=3201");
        assertTrue(rowTexts("engagements").stream().noneMatch(r -> r.contains("01.06.2027")));
    }

    @Test
    void an_unknown_municipality_is_a_friendly_not_found_page() {
        open("admin/municipalities/municipality.xhtml?number=9999");
        assertEquals("Siden finnes ikke", browser.driver.findElement(By.tagName("h1")).getText());
    }

    /** The number on one line of the start page, by the line's id. */
    private long attention(String line) {
        return Long.parseLong(browser.driver.findElement(By.cssSelector("#" + line + " .attention-count")).getText().trim());
    }

    @Test
    void the_start_page_counts_what_needs_attention_today_and_links_to_where_it_is_solved() {
        Api staff = new Api(base);
        open("admin/index.xhtml");
        long withoutAdviser = attention("attention-withoutAdviser");
        long invitations = attention("attention-invitations");
        long requests = attention("attention-requests");
        long over = attention("attention-budgetOver");
        assertTrue(browser.driver.findElements(By.id("attention-thisWeek")).size() == 1, "meetings this week are counted");
        assertTrue(browser.driver.findElements(By.id("attention-intakeClosing")).size() == 1, "intakes closing are counted");

        // One of each: a group without an adviser, an invitation nobody accepted, a request from the portal, an engagement over its budget.
        String run = Long.toString(System.nanoTime() % 1000000);
        java.time.LocalDate today = java.time.LocalDate.now();
        long engagement = staff.post("api/engagements", """
                {"municipality":"3201","kind":"NETWORK_GROUPS_AND_COACHING","programme":"Oppmerksomhet %s","start":"%s","end":"%s","hourBudget":1,"status":"ACTIVE"}"""
                .formatted(run, today.minusDays(30), today.plusDays(300))).expect(201).object().getJsonNumber("id").longValue();
        String group = "Uten veileder " + run;
        staff.post("api/groups", """
                {"name":"%s","municipality":"3201","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":4,"start":"%s","mode":"VIDEO"}"""
                .formatted(group, engagement, today.plusDays(20))).expect(201);
        staff.post("api/users", """
                {"email":"invitert.%s@baerum.kommune.no","name":"Invitert %s","role":"CONTACT","municipality":"3201"}""".formatted(run, run)).expect(201);
        new Api(base, "ingrid.solheim@bergen.kommune.no", Api.PASSWORD).post("api/portal/requests", """
                {"kind":"NETWORK_GROUP","participants":8,"start":"2027-02-01","end":"2027-06-30","wishes":"Oppmerksomhet"}""").expect(201);
        long leader = staff.post("api/leaders", """
                {"municipality":"3201","name":"Leder Oppmerksomhet %s","email":"oppmerksomhet.%s@baerum.kommune.no","sectorId":1}""".formatted(run, run))
                .expect(201).object().getJsonNumber("id").longValue();
        long adviser = TestAdvisers.hanne(staff);
        long course = staff.post("api/coaching", """
                {"leaderId":%d,"adviserId":%d,"engagementId":%d,"start":"%s","end":"%s","hoursPerMonth":2}"""
                .formatted(leader, adviser, engagement, today.minusDays(30), today.plusDays(200))).expect(201).object().getJsonNumber("id").longValue();
        long session = staff.post("api/coaching/" + course + "/sessions", """
                {"date":"%s","start":"10:00","end":"11:00","mode":"PHONE","place":"+47 400 00 000"}""".formatted(today.minusDays(1)))
                .expect(201).object().getJsonNumber("id").longValue();
        staff.post("api/coaching/sessions/" + session + "/held", "").expect(200);

        open("admin/index.xhtml");
        assertEquals(withoutAdviser + 1, attention("attention-withoutAdviser"));
        assertEquals(invitations + 1, attention("attention-invitations"));
        assertEquals(requests + 1, attention("attention-requests"));
        assertEquals(over + 1, attention("attention-budgetOver"));
        browser.screenshot("admin-start");

        // The engagement over its budget is named, and its link opens it.
        WebElement named = browser.driver.findElement(By.cssSelector("#attention-budgetOver a[href$='engagement.xhtml?id=" + engagement + "']"));
        assertTrue(named.getText().contains("Bærum") && named.getText().contains("Oppmerksomhet " + run), named.getText());
        named.click();
        browser.wait.until(d -> d.getCurrentUrl().contains("engagement.xhtml?id=" + engagement));

        // "Find an adviser" opens the group list with only the groups still needing one, the new one among them.
        open("admin/index.xhtml");
        browser.driver.findElement(By.cssSelector("#attention-withoutAdviser .attention-action a")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Nettverksgrupper"));
        assertTrue(browser.driver.findElement(By.id("search:withoutAdviser_input")).isSelected(), "the filter is on");
        browser.driver.findElement(By.id("search:text")).sendKeys(group);
        browser.wait.until(d -> rowTexts("results").size() == 1 && rowTexts("results").get(0).contains(group));

        // The invitations line opens the users not yet signed in, the new one among them.
        open("admin/index.xhtml");
        browser.driver.findElement(By.cssSelector("#attention-invitations .attention-action a")).click();
        browser.wait.until(d -> d.getCurrentUrl().contains("/admin/users/index.xhtml?invited=true"));
        browser.wait.until(d -> rowTexts("results").stream().anyMatch(r -> r.contains("Invitert " + run)));
        assertTrue(rowTexts("results").stream().noneMatch(r -> r.contains("staff@ledernett.no")), "staff has a password: not an open invitation");

        // An adviser sees their own meetings' lines, and nothing that is staff's work.
        browser.signOut();
        browser.open(base, "admin/index.xhtml", "hanne.lunde@ledernett.no", Api.PASSWORD);
        assertEquals(1, browser.driver.findElements(By.id("attention-thisWeek")).size());
        assertEquals(List.of(), browser.driver.findElements(By.id("attention-withoutAdviser")));
        assertEquals(List.of(), browser.driver.findElements(By.id("attention-budgetOver")));
        assertEquals(List.of(), browser.driver.findElements(By.id("attention-invitations")));
        browser.screenshot("admin-start-adviser");
        browser.signOut();
    }
}
