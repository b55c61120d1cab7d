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
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // AJAX updates replace elements under the test's feet; a wait simply asks again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
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

    /** Switches the page shown to a language with the header's picker, unless it is in that language already. */
    void useLanguage(String tag) {
        org.openqa.selenium.By html = org.openqa.selenium.By.tagName("html");
        if (!tag.equals(driver.findElement(html).getAttribute("lang")) && !driver.findElements(org.openqa.selenium.By.id("language-" + tag)).isEmpty()) {
            driver.findElement(org.openqa.selenium.By.id("language-" + tag)).click();
            wait.until(d -> {
                try {
                    return tag.equals(d.findElement(html).getAttribute("lang"));
                } catch (org.openqa.selenium.WebDriverException e) {
                    // The page is being replaced: Chromium may answer for the old document's node
                    // with "Node with given id does not belong to the document"; ask again.
                    return false;
                }
            });
        }
    }

    void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /** Quits the browser; fails when a session the screens built could not be replicated in a cluster. */
    @Override
    public void close() {
        driver.quit();
        if (base != null) {
            ReplicationCheck.assertSessionsReplicable(base);
        }
    }
}
