package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Leaders from a spreadsheet, on screen, as Lillestrøm's contact (issue 23, item 1): 50 rows with 3 bad
 * ones, the 47 imported, the same file again with one change; a file over 5 MB and a zip bomb refused
 * with nothing stored.
 */
class LeaderImportScreensIT extends BrowserTest {

    static final String LILLESTROM_CONTACT = "hilde.bakken@lillestrom.kommune.no";

    @Test
    void a_contact_imports_47_of_50_rows_then_reimports_with_one_change() throws IOException {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Navn", "E-post", "Stilling", "Sektor", "Enhet", "Rapporterer til"));
        String chief = email(run, 1);
        for (int i = 1; i <= 50; i++) {
            rows.add(new ArrayList<>(List.of("Importleder " + run + " " + i, email(run, i), "Enhetsleder", "Skole", "Enhet " + i, i == 1 ? "" : chief)));
        }
        rows.get(10).set(1, "ikke-en-epost");
        rows.get(20).set(1, email(run, 5));
        rows.get(30).set(3, "Romfart");
        Path file = write("ledere-" + run + ".xlsx", xlsx(rows));
        long before = leaders();

        browser.signOut();
        browser.open(base, "portal/leaders.xhtml", LILLESTROM_CONTACT, Api.PASSWORD);
        browser.driver.findElement(By.id("import")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import:file_input")));
        browser.screenshot("leader-import-upload");
        upload(file);
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("import:preview")));
        assertEquals("0", new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("import:column_name"))).getFirstSelectedOption()
                .getDomProperty("value"), "the name column guessed from its header");
        browser.screenshot("leader-import-columns");
        preview();
        assertTrue(summary().contains("50 rader: 3 med feil, 47 nye"), summary());
        browser.click(By.cssSelector("#import\\:onlyProblems .ui-chkbox-box"));
        browser.wait.until(d -> d.findElement(By.id("import:rows")).findElements(By.cssSelector("tbody tr")).size() == 3);
        String problems = browser.driver.findElement(By.id("import:rows")).getText();
        assertTrue(problems.contains("Er ikke en gyldig e-postadresse."), problems);
        assertTrue(problems.contains("Samme e-postadresse som lederen på plass 5 i listen."), problems);
        assertTrue(problems.contains("Det finnes ingen sektor som heter «Romfart»."), problems);
        browser.screenshot("leader-import-preview");
        assertEquals(before, leaders(), "a preview stores nothing");

        browser.click(By.id("import:importValid"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "Importert: 47 nye, 0 endret, 0 uendret."));
        assertEquals(before + 47, leaders());

        rows.get(2).set(2, "Rektor");
        upload(write("ledere-" + run + "-igjen.xlsx", xlsx(rows)), By.id("import:again"));
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("import:preview")));
        preview();
        assertTrue(summary().contains("3 med feil, 0 nye, 1 blir endret, 46 er uendret"), summary());
        browser.click(By.id("import:importValid"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "1 endret, 46 uendret"));
        browser.screenshot("leader-import-done");
        assertEquals(before + 47, leaders(), "matched by e-mail: updated, not added again");
        assertEquals("Rektor", new Api(base).get("api/leaders?municipality=3205&q=" + email(run, 2)).object().getJsonArray("items").getJsonObject(0)
                .getString("positionTitle"));
    }

    @Test
    void a_file_over_5_mb_and_a_zip_bomb_are_refused_with_nothing_stored() throws IOException {
        long before = leaders();
        browser.signOut();
        browser.open(base, "portal/import.xhtml", LILLESTROM_CONTACT, Api.PASSWORD);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import:file_input")));

        StringBuilder big = new StringBuilder("Navn;E-post;Enhet\n");
        while (big.length() < 6 * 1024 * 1024) {
            big.append("Stor Fil;stor.fil@lillestrom.kommune.no;").append("x".repeat(200)).append('\n');
        }
        upload(write("stor.csv", big.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        browser.wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Filen er for stor: høyst 5 MB."));

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        browser.driver.navigate().refresh();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import:file_input")));
        upload(write("ledere.xlsx", bomb.toByteArray()));
        browser.wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Filen pakker seg ut til mye mer enn et regneark med ledere gjør"));
        assertTrue(browser.driver.findElements(By.id("import:preview")).isEmpty(), "no step further");
        browser.screenshot("leader-import-refused");
        assertEquals(before, leaders(), "nothing stored");
    }

    /** Asks for the preview and waits for it, or for what stopped it (then the page's text says what). */
    private void preview() {
        browser.click(By.id("import:preview"));
        try {
            browser.wait.until(d -> !d.findElements(By.id("summary")).isEmpty()
                    || !d.findElements(By.cssSelector(".ui-messages-error, .ui-message-error")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            // What the page and the console say, rather than only that nothing came.
        }
        if (browser.driver.findElements(By.id("summary")).isEmpty()) {
            browser.screenshot("leader-import-no-preview");
            throw new AssertionError("no preview: " + browser.driver.findElement(By.tagName("main")).getText() + "\nconsole: "
                    + browser.driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll());
        }
    }

    private String summary() {
        return browser.driver.findElement(By.id("summary")).getText();
    }

    private void upload(Path file) {
        browser.driver.findElement(By.id("import:file_input")).sendKeys(file.toAbsolutePath().toString());
    }

    /** Starts again from the done step, then uploads. */
    private void upload(Path file, By again) {
        browser.click(again);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import:file_input")));
        upload(file);
    }

    private long leaders() {
        return new Api(base).get("api/leaders?municipality=3205&size=1").object().getJsonNumber("total").longValue();
    }

    private static String email(String run, int i) {
        return "import" + i + "." + run + "@lillestrom.kommune.no";
    }

    private static Path write(String name, byte[] content) throws IOException {
        Path dir = Path.of("target", "leader-import");
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "Lillestrøm kommune", "1.0");
        Worksheet sheet = workbook.newWorksheet("Ledere");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r, c, rows.get(r).get(c));
            }
        }
        workbook.finish();
        return bytes.toByteArray();
    }
}
