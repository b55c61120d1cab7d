package no.ledernett.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: Selenium Manager is never asked
 * to download a browser (there is no internet on CI).
 */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    final WebDriverWait wait;
    private java.net.URL base;

    Browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=nb",
                "--user-data-dir=" + Files.createTempDirectory("chromium-"));
        // The console, to find scripts the content security policy refused (checked in close()).
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // AJAX updates replace elements under the test's feet; a wait simply asks again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /**
     * A wait of its own that says this when it times out: {@code wait.withMessage} would change the
     * wait every step shares, and a later timeout would print an earlier step's words.
     */
    org.openqa.selenium.support.ui.FluentWait<org.openqa.selenium.WebDriver> waitSaying(java.util.function.Supplier<String> message) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).withMessage(message);
    }

    /** Opens a page as the demo staff user, signing in first when the page asks for it. */
    void open(java.net.URL base, String path) {
        open(base, path, Api.STAFF, Api.PASSWORD);
    }

    void open(java.net.URL base, String path, String email, String password) {
        this.base = base;
        driver.get(base + path);
        if (driver.getCurrentUrl().contains("/login.xhtml")) {
            signIn(email, password);
            wait.until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
        }
    }

    /** Fills in the sign-in page the browser is on. */
    void signIn(String email, String password) {
        driver.findElement(org.openqa.selenium.By.id("signIn:email")).clear();
        driver.findElement(org.openqa.selenium.By.id("signIn:email")).sendKeys(email);
        driver.findElement(org.openqa.selenium.By.id("signIn:password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("signIn:submit")).click();
    }

    /** Chooses the screens' language as the header's picker remembers it (the cookie), without a page of its own. */
    void chooseLanguage(java.net.URL base, String tag) {
        if (!driver.getCurrentUrl().startsWith(base.toString())) {
            driver.get(base + "tilgjengelighet.xhtml");
        }
        driver.manage().deleteCookieNamed("ledernett-language");
        String path = base.getPath().replaceAll("/$", "");
        driver.manage().addCookie(new org.openqa.selenium.Cookie("ledernett-language", tag, path.isEmpty() ? "/" : path));
    }

    /**
     * The shown page's language (the html element's lang), or null while the page is being replaced:
     * Chromium may then answer for the old document's node with "Node with given id does not belong
     * to the document", which is no answer.
     */
    String lang() {
        try {
            return driver.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang");
        } catch (org.openqa.selenium.WebDriverException e) {
            return null;
        }
    }

    /** The shown page's language once it has one (a page in the middle of being replaced has none). */
    String settledLang() {
        return wait.until(d -> lang());
    }

    /** Switches the page shown to a language with the header's picker, unless it is in that language already. */
    void useLanguage(String tag) {
        if (!tag.equals(settledLang()) && !driver.findElements(org.openqa.selenium.By.id("language-" + tag)).isEmpty()) {
            driver.findElement(org.openqa.selenium.By.id("language-" + tag)).click();
            wait.until(d -> tag.equals(lang()));
        }
    }

    void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The ids of the page's message areas (p:messages) that say the text, once for each time they say it: a
     * save says "Lagret." exactly once, in the area beside where the user clicked (issue 20, item 19).
     */
    java.util.List<String> messageAreasSaying(String text) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (org.openqa.selenium.WebElement area : driver.findElements(org.openqa.selenium.By.cssSelector(".ui-messages"))) {
            String said = area.getText();
            for (int at = said.indexOf(text); at >= 0; at = said.indexOf(text, at + text.length())) {
                ids.add(area.getAttribute("id"));
            }
        }
        return ids;
    }

    /** Signs out by forgetting the session, as closing the browser would. */
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    /** Saves what the page looks like now, for people to look at (target/screenshots). */
    void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("ledernett.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Saves a screenshot with the given element at the top of the window (a part further down a long page). */
    void screenshot(String name, org.openqa.selenium.By top) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -24);",
                driver.findElement(top));
        screenshot(name);
    }

    /**
     * Types into a municipality field (the tag m:municipality) and picks the suggestion with the
     * given label, as a person does: "Lille", then "Lillestrøm (3205)".
     */
    void chooseMunicipality(String id, String typed, String label) {
        org.openqa.selenium.WebElement input = driver.findElement(org.openqa.selenium.By.id(id + "_input"));
        input.clear();
        input.sendKeys(typed);
        org.openqa.selenium.By item = org.openqa.selenium.By.xpath("//*[@id='" + id + "_panel']//li[normalize-space(.)='" + label + "']");
        click(item);
    }

    /**
     * Clicks what the locator finds once it can be clicked, finding it again when an Ajax update
     * replaced it between finding and clicking (a list filtering as one types does that).
     */
    void click(org.openqa.selenium.By locator) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            org.openqa.selenium.WebElement element = d.findElement(locator);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** What the content security policy refused on the pages shown so far, as the console reported it. */
    java.util.List<String> policyViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream().map(e -> e.getMessage())
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    /**
     * Quits the browser; fails when the content security policy refused anything on a page shown
     * (a script, a handler, an eval), or when a session the screens built could not be replicated.
     */
    @Override
    public void close() {
        java.util.List<String> violations = policyViolations();
        driver.quit();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), violations, "refused by the content security policy");
        if (base != null) {
            ReplicationCheck.assertSessionsReplicable(base);
        }
    }
}
