package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.ledernett.app.AuthorizationMatrixIT.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Column headers are never cut off on a 1280 × 800 screen (issue 20, item 19): on every admin page, with demo data,
 * no table header's text is wider than its cell, hidden behind an ellipsis, or outside the part of the table that
 * shows without scrolling. A header that does not fit wraps onto a second line instead (admin.css).
 */
class ColumnHeadersIT extends BrowserTest {

    /**
     * The shown headers that do not show their whole text, each as "text: why". A header's title span is inline, so
     * it is measured against its cell's box; the cell itself against its content (scrollWidth) and against the
     * nearest ancestor that clips or scrolls (PrimeFaces' table wrapper).
     */
    private static final String CUT_HEADERS = """
            const cut = [];
            for (const th of document.querySelectorAll('main table thead th')) {
              const text = th.innerText.trim();
              const box = th.getBoundingClientRect();
              if (!text || box.width === 0 || getComputedStyle(th).visibility === 'hidden') continue;
              let why = null;
              if (th.scrollWidth > th.clientWidth + 1) why = 'wider than its cell (' + th.scrollWidth + ' > ' + th.clientWidth + ' px)';
              const title = th.querySelector('.ui-column-title');
              // A title kept for screen readers only (a selection column's ariaHeaderText) is hidden on purpose.
              const titleBox = title ? title.getBoundingClientRect() : null;
              if (!why && title && titleBox.width > 1 && titleBox.height > 1) {
                const r = title.getBoundingClientRect();
                if (r.right > box.right + 1 || r.left < box.left - 1) why = 'title outside its cell';
                else if (getComputedStyle(title).overflow !== 'visible' && title.scrollWidth > title.clientWidth + 1) why = 'title cut off';
              }
              for (let a = th.parentElement; !why && a && a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== 'visible') {
                  const r = a.getBoundingClientRect();
                  if (box.right > r.right + 1 || box.left < r.left - 1) why = 'outside the table\\'s visible part';
                  break;
                }
              }
              if (!why && box.right > document.documentElement.clientWidth + 1) why = 'beyond the window';
              if (why) cut.push(text.replace(/\\s+/g, ' ') + ': ' + why);
            }
            return cut;
            """;

    @Test
    void no_column_header_is_cut_off_at_1280_px() throws Exception {
        browser.driver.manage().window().setSize(new Dimension(1280, 800));
        Map<String, List<String>> variants = AccessibilityIT.variants(base);
        List<String> cut = new ArrayList<>();
        int headers = 0;
        Role signedIn = null;
        for (String page : AuthorizationMatrixIT.pages()) {
            if (!page.startsWith("/admin/")) {
                continue;
            }
            Role role = AuthorizationMatrixIT.allowed(Role.STAFF, page) ? Role.STAFF : AuthorizationMatrixIT.allowed(Role.ADVISER, page) ? Role.ADVISER : null;
            if (role == null) {
                continue;
            }
            if (role != signedIn) {
                browser.signOut();
                signedIn = role;
            }
            for (String query : variants.getOrDefault(page, List.of(""))) {
                browser.open(base, page.substring(1) + query, AuthorizationMatrixIT.USERS.get(role), Api.PASSWORD);
                browser.wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
                int shown = browser.driver.findElements(By.cssSelector("main table thead th")).size();
                headers += shown;
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) ((JavascriptExecutor) browser.driver).executeScript(CUT_HEADERS);
                found.forEach(f -> cut.add(page + query + " as " + role + ": " + f));
                if (shown > 0) {
                    browser.screenshot("columns-1280" + page.replace(".xhtml", "").replace('/', '-'));
                }
            }
        }
        assertTrue(headers > 50, "column headers seen: " + headers);
        assertEquals(List.of(), cut);
    }
}
