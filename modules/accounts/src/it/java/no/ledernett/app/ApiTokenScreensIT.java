package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A contact makes an API token in the portal, a program uses it, and the contact revokes it on screen. */
class ApiTokenScreensIT extends BrowserTest {

    @Test
    void a_contact_makes_a_token_a_program_uses_it_and_revoking_it_on_screen_shuts_the_program_out() {
        browser.signOut();
        browser.open(base, "portal/index.xhtml", ApiTokensIT.BERGEN_CONTACT, Api.PASSWORD);
        browser.driver.findElement(By.id("navTokens")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "API-nøkler"));

        // Without a name nothing is made, and the field says why.
        browser.click(By.id("token:create"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("token"), "Må fylles ut."));

        String name = "Lønnssystem " + System.nanoTime();
        browser.driver.findElement(By.id("token:name")).sendKeys(name);
        browser.click(By.id("token:create"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secret")));
        String secret = browser.driver.findElement(By.id("secret")).getAttribute("value");
        assertTrue(secret.startsWith("lnt_"), secret);
        browser.screenshot("api-tokens");

        Api program = Api.withToken(base, secret);
        assertEquals("4601", program.get("api/me").expect(200).object().getString("municipality"));
        browser.driver.navigate().refresh();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens:results"), name));
        assertTrue(browser.driver.findElements(By.id("secret")).isEmpty(), "the secret is shown once, not again on the next visit");

        browser.driver.findElement(By.xpath("//*[@id='tokens:results']//button[@aria-label='Trekk tilbake: " + name + "']")).click();
        By dialog = By.cssSelector(".ui-confirm-dialog");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(dialog));
        browser.driver.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens:results"), "Trukket tilbake"));
        program.get("api/me").expect(401);
    }
}
