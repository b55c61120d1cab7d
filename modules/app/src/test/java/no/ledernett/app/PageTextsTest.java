package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No page writes user-facing words of its own: every text comes from a bundle, so English and nynorsk
 * screens never show a stray bokmål phrase (issue 20, item 22: "(krever fagkompetanse)" on English
 * screens). Looks at text between tags and at quoted strings inside EL expressions; scripts, styles and
 * comments are not text, and an EL string of CSS class names is not either.
 */
class PageTextsTest {

    private static final Pattern NOT_TEXT = Pattern.compile("(?s)<!--.*?-->|<script\\b.*?</script>|<style\\b.*?</style>|<h:outputScript\\b.*?</h:outputScript>");
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]+)<");
    private static final Pattern EXPRESSION = Pattern.compile("[#$]\\{([^}]*)}");
    private static final Pattern EL_STRING = Pattern.compile("'([^']*)'|\"([^\"]*)\"");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern CSS_CLASSES = Pattern.compile("[a-z0-9_-]+( [a-z0-9_-]+)*");

    /** The words a page writes itself, each as "file: text". */
    static List<String> ownWords(Path page, String markup) {
        List<String> found = new ArrayList<>();
        String text = NOT_TEXT.matcher(markup).replaceAll("");
        // Expressions first: one may hold ">" or "<" (a comparison) that is no tag.
        Matcher node = TEXT_NODE.matcher(EXPRESSION.matcher(text).replaceAll(""));
        while (node.find()) {
            String words = node.group(1).replaceAll("&[#a-zA-Z0-9]+;", "").strip();
            if (WORD.matcher(words).find()) {
                found.add(page.getFileName() + ": " + words);
            }
        }
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            Matcher string = EL_STRING.matcher(expression.group(1));
            while (string.find()) {
                String value = string.group(1) != null ? string.group(1) : string.group(2);
                if (value.contains(" ") && WORD.matcher(value).find() && !CSS_CLASSES.matcher(value.strip()).matches()) {
                    found.add(page.getFileName() + ": '" + value + "'");
                }
            }
        }
        return found;
    }

    @Test
    void everyPageTakesItsWordsFromBundles() throws IOException {
        List<Path> pages = ViewParametersTest.pages();
        assertTrue(pages.size() > 30, "pages found: " + pages.size());
        List<String> found = new ArrayList<>();
        for (Path page : pages) {
            found.addAll(ownWords(page, Files.readString(page)));
        }
        assertEquals(List.of(), found, "words written in pages rather than taken from a bundle");
    }

    /**
     * One word for one thing (issue 20, item 19): what a municipality bought is an "avtale" in bokmål and
     * nynorsk on every screen, mail and message, never also an "oppdrag" (the contact's "oppdragsgiver" is
     * another thing and stays).
     */
    @Test
    void anEngagementIsCalledAvtaleEverywhere() throws IOException {
        List<String> found = new ArrayList<>();
        Path modules = ViewParametersTest.pages().get(0);
        while (!modules.getFileName().toString().equals("modules")) {
            modules = modules.getParent();
        }
        try (var files = Files.walk(modules)) {
            for (Path bundle : files.filter(f -> f.toString().endsWith(".properties") && f.toString().contains("/src/main/resources/")
                    && !f.getFileName().toString().contains("_en")).toList()) {
                for (String line : Files.readAllLines(bundle)) {
                    if (line.toLowerCase(java.util.Locale.ROOT).matches(".*\\boppdrag(?!sgiver).*")) {
                        found.add(bundle.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), found, "bundles that call an engagement \"oppdrag\"");
    }

    @Test
    void theCheckSeesWordsInTextAndInExpressions() {
        Path page = Path.of("group.xhtml");
        assertEquals(List.of("group.xhtml: Slett", "group.xhtml: ' (krever fagkompetanse)'"),
                ownWords(page, "<dd>#{g.kind}#{g.required ? ' (krever fagkompetanse)' : ''}</dd><p>Slett</p>"));
        assertEquals(List.of(), ownWords(page, "<p class=\"x\">#{t['a.b']}</p><script>var a = 'x y';</script>"
                + "<p:commandButton styleClass=\"#{c ? 'ui-button-outlined ui-button-danger' : ''}\"/>"));
    }
}
