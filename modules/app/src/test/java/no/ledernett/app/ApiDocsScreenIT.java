package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Swagger UI from the WAR shows the OpenAPI document under the content security policy, without signing in (issue 23). */
class ApiDocsScreenIT extends BrowserTest {

    @Test
    void the_api_document_is_browsable_with_a_tag_per_module() throws Exception {
        // Payara builds the document on its first request, which can take longer than the browser waits.
        ApiContract.fetch(base.toURI().resolve("/openapi"));
        browser.signOut();
        // A deep link opens the municipalities and one operation (Swagger UI's own addresses).
        browser.driver.get(base + "api-docs/index.html#/municipalities/leaderSync_put");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#swagger-ui .info .title"), "Ledernett API"));
        // Swagger UI renders the tags one after another.
        browser.wait.until(d -> d.findElements(By.cssSelector(".opblock-tag")).size() >= 10
                && !d.findElements(By.cssSelector("#operations-municipalities-leaderSync_put")).isEmpty());
        List<String> tags = browser.driver.findElements(By.cssSelector(".opblock-tag")).stream().map(WebElement::getText).toList();
        assertTrue(tags.size() >= 10 && tags.stream().anyMatch(t -> t.startsWith("municipalities")), "a tag per module: " + tags);
        WebElement sync = browser.driver.findElement(By.cssSelector("#operations-municipalities-leaderSync_put .opblock-summary"));
        assertTrue(sync.getText().contains("Put a municipality's whole leader list"), sync.getText());
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#operations-municipalities-leaderSync_put .opblock-description-wrapper")));
        assertTrue(browser.driver.findElement(By.cssSelector("#operations-municipalities-leaderSync_put")).getText().contains("Roles: staff, contact"),
                "the roles are shown with the operation");
        browser.screenshot("api-docs", By.cssSelector("#swagger-ui .info"));
        browser.screenshot("api-docs-operation", By.cssSelector("#operations-municipalities-leaderSync_put"));
    }
}
