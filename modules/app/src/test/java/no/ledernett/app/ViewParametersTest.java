package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every view parameter of every page is OmniFaces' {@code <o:viewParam>}, which applies the request
 * parameter on the page's first GET only: Faces' own {@code <f:viewParam>} applies it again on every
 * postback, so a form posted with another {@code id} acted on another object than the one the page
 * loaded and checked (issue 19, finding 2). And a page with view parameters answers a malformed
 * value with 400 ({@code <o:viewParamValidationFailed>}), not a page whose bean was never loaded.
 */
class ViewParametersTest {

    private static final Pattern VIEW_PARAM = Pattern.compile("<(\\w+):viewParam\\b");

    static List<Path> pages() throws IOException {
        Path modules = Path.of("").toAbsolutePath();
        while (modules != null && !Files.isDirectory(modules.resolve("modules/platform")) && !Files.isDirectory(modules.resolve("platform"))) {
            modules = modules.getParent();
        }
        if (modules == null) {
            throw new IllegalStateException("No modules folder above " + Path.of("").toAbsolutePath());
        }
        Path root = Files.isDirectory(modules.resolve("modules")) ? modules.resolve("modules") : modules;
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".xhtml") && p.toString().contains("/src/main/")).sorted().toList();
        }
    }

    @Test
    void everyViewParameterIsOmniFacesOne() throws IOException {
        List<String> wrong = new ArrayList<>();
        int seen = 0;
        for (Path page : pages()) {
            String text = Files.readString(page);
            Matcher m = VIEW_PARAM.matcher(text);
            while (m.find()) {
                seen++;
                String prefix = m.group(1);
                if (!text.contains("xmlns:" + prefix + "=\"http://omnifaces.org/ui\"")) {
                    wrong.add(page + ": <" + prefix + ":viewParam> is re-applied on postback; use <o:viewParam> (xmlns:o=\"http://omnifaces.org/ui\")");
                }
            }
        }
        assertFalse(seen == 0, "no view parameters found: is the scan looking in the right place?");
        assertEquals(List.of(), wrong);
    }

    @Test
    void malformedViewParameterIsBadRequest() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path page : pages()) {
            String text = Files.readString(page);
            if (VIEW_PARAM.matcher(text).find() && !text.contains("viewParamValidationFailed sendError=\"400\"")) {
                missing.add(page + ": no <o:viewParamValidationFailed sendError=\"400\"/>");
            }
        }
        assertEquals(List.of(), missing);
    }
}
