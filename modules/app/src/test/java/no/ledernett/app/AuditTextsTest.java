package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit log reads as words: every action any module records has its own text, and every kind of
 * object it names ("meeting:12") has a word, so staff never see codes such as {@code challenge.read}
 * or {@code leader:29} (issue 20, item 22). Other languages follow from BundleCompletenessTest.
 */
class AuditTextsTest {

    private static final Pattern AUDITED = Pattern.compile("new Audited\\([^,]+,\\s*\"([^\"]+)\",\\s*\"([a-z-]+):");

    @Test
    void everyRecordedActionAndKindHasWords() throws IOException {
        Path modules = ViewParametersTest.pages().get(0);
        while (!modules.getFileName().toString().equals("modules")) {
            modules = modules.getParent();
        }
        Set<String> missing = new TreeSet<>();
        int found = 0;
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(modules.resolve("accounts/src/main/resources/no/ledernett/accounts/web/Texts.properties"),
                StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        try (Stream<Path> files = Files.walk(modules)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/")).toList()) {
                Matcher m = AUDITED.matcher(Files.readString(source));
                while (m.find()) {
                    found++;
                    if (!texts.containsKey("audit.action." + m.group(1))) {
                        missing.add("audit.action." + m.group(1) + " (" + source.getFileName() + ")");
                    }
                    if (!m.group(2).equals("email") && !texts.containsKey("audit.subject." + m.group(2))) {
                        missing.add("audit.subject." + m.group(2) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(found > 10, "audit events found in the sources: " + found);
        assertEquals(Set.of(), missing, "audit actions and kinds without words in accounts' Texts.properties");
    }
}
