package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A contact finds a new leader among the municipality's invitations and invites them from the row. */
class InvitationScreensIT extends BrowserTest {

    @Test
    void a_contact_invites_one_leader_from_the_list_and_sees_them_waiting() {
        String run = Long.toString(System.nanoTime() % 1_000_000);
        String name = "Vera Ventar " + run;
        new Api(base).post("api/leaders", """
                {"municipality":"4601","name":"%s","email":"vera.ventar.%s@bergen.kommune.no"}""".formatted(name, run)).expect(201);

        browser.signOut();
        browser.open(base, "portal/index.xhtml", "ingrid.solheim@bergen.kommune.no", Api.PASSWORD);
        browser.driver.findElement(By.id("navInvitations")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Invitasjoner til portalen"));
        assertTrue(browser.driver.findElement(By.id("summary")).getText().matches("\\d+ ledere: \\d+ ikke invitert, \\d+ invitert og venter, \\d+ har tatt portalen i bruk\\."),
                browser.driver.findElement(By.id("summary")).getText());

        browser.driver.findElement(By.id("invitations:search")).sendKeys("vera.ventar." + run);
        By row = By.xpath("//*[@id='invitations:results']//tr[td[normalize-space()='" + name + "']]");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "Ikke invitert"));
        // The search answers as one types: the table is drawn again until the last answer is in.
        browser.wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
        browser.click(By.xpath("//*[@id='invitations:results']//button[@aria-label='Inviter: " + name + "']"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitations:messages"), "Én leder er invitert."));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "Invitert, venter"));
        browser.screenshot("invitations");
    }
}
