package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing text bundle (any {@code src/main/resources/**}{@code /*.properties} of any module, except
 * MicroProfile Config) exists in bokmål (the base file), nynorsk ({@code _nn}) and English ({@code _en}), with an
 * empty {@code _nb} beside it so Java picks the base bundle for "nb" rather than the server's default locale.
 * Each translation has exactly the base's keys, no empty value, the same placeholders (index and format type),
 * and, where a value is a MessageFormat pattern, no single apostrophe (which MessageFormat would eat).
 * The failure lists every gap at once, file and key.
 */
class BundleCompletenessTest {

    private static final List<String> LANGUAGES = List.of("nn", "en");

    /** A numbered MessageFormat argument such as {0} or {1,number,#}. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*\\d");

    private static Path modules() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("platform")) && Files.isDirectory(dir.resolve("app"))
                    && Files.isDirectory(dir.resolve("accounts"))) {
                return dir;
            }
            if (Files.isDirectory(dir.resolve("modules/platform"))) {
                return dir.resolve("modules");
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("No modules folder above " + Path.of("").toAbsolutePath());
    }

    /** Base name (path without language suffix and ".properties") → language ("" for the base) → file. */
    private static Map<Path, Map<String, Path>> bundles() throws IOException {
        Map<Path, Map<String, Path>> bundles = new TreeMap<>();
        try (Stream<Path> files = Files.walk(modules())) {
            files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".properties"))
                    .filter(f -> !f.getFileName().toString().equals("microprofile-config.properties"))
                    .filter(f -> f.toString().replace('\\', '/').contains("/src/main/resources/"))
                    .filter(f -> !f.toString().replace('\\', '/').contains("/target/"))
                    .forEach(f -> {
                        String name = f.getFileName().toString();
                        String stem = name.substring(0, name.length() - ".properties".length());
                        String language = "";
                        int underscore = stem.indexOf('_');
                        if (underscore > 0) {
                            language = stem.substring(underscore + 1);
                            stem = stem.substring(0, underscore);
                        }
                        bundles.computeIfAbsent(f.resolveSibling(stem), k -> new TreeMap<>()).put(language, f);
                    });
        }
        return bundles;
    }

    /** The keys in file order (Properties loses order, so read the lines for it). */
    private static Map<String, String> read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            int end = 0;
            while (end < trimmed.length() && "=: \t".indexOf(trimmed.charAt(end)) < 0) {
                end += trimmed.charAt(end) == '\\' ? 2 : 1;
            }
            String key = trimmed.substring(0, Math.min(end, trimmed.length())).replace("\\", "");
            if (properties.containsKey(key)) {
                ordered.put(key, properties.getProperty(key));
            }
        }
        properties.stringPropertyNames().forEach(k -> ordered.putIfAbsent(k, properties.getProperty(k)));
        return ordered;
    }

    /**
     * The placeholders of a value: "0:number" for {0,number,#}, "0:" for {0}, "startRecord" for a named
     * token a component fills in (e.g. PrimeFaces' {startRecord}). Placeholders nested in a choice format's
     * texts count too. A quoted stretch ('…') is literal text.
     */
    static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        collect(value, found);
        return found;
    }

    private static void collect(String value, Set<String> found) {
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '\'') {
                int close = value.indexOf('\'', i + 1);
                i = close < 0 ? value.length() : close + 1;
            } else if (c == '{') {
                int depth = 1;
                int j = i + 1;
                while (j < value.length() && depth > 0) {
                    if (value.charAt(j) == '{') {
                        depth++;
                    } else if (value.charAt(j) == '}') {
                        depth--;
                    }
                    j++;
                }
                String inside = value.substring(i + 1, depth == 0 ? j - 1 : j);
                String[] parts = inside.split(",", 3);
                String index = parts[0].strip();
                if (index.chars().allMatch(Character::isDigit) && !index.isEmpty()) {
                    String type = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "";
                    found.add(index + ":" + type);
                    if (type.equals("choice") && parts.length > 2) {
                        for (String option : parts[2].split("\\|")) {
                            int limit = 0;
                            while (limit < option.length() && "#<≤".indexOf(option.charAt(limit)) < 0) {
                                limit++;
                            }
                            collect(option.substring(Math.min(limit + 1, option.length())), found);
                        }
                    }
                } else {
                    found.add(index);
                }
                i = j;
            } else {
                i++;
            }
        }
    }

    private static boolean hasArguments(Set<String> placeholders) {
        return placeholders.stream().anyMatch(p -> p.contains(":"));
    }

    /** In a MessageFormat pattern a literal apostrophe is written ''; a single one starts a quoted stretch. */
    private static boolean hasSingleApostrophe(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '\'') {
                if (i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /** A value is a MessageFormat pattern if it, or the base value it translates, has a numbered placeholder. */
    private static boolean isPattern(String value) {
        return ARGUMENT.matcher(value).find() || hasArguments(placeholders(value));
    }

    private static void checkValue(String where, String value, boolean pattern, List<String> problems) {
        if (value.isBlank()) {
            problems.add(where + ": empty value");
            return;
        }
        Set<String> placeholders = placeholders(value);
        if (pattern || isPattern(value)) {
            if (hasSingleApostrophe(value)) {
                problems.add(where + ": single ' in a MessageFormat pattern (write '' or ’)");
            }
            if (placeholders.stream().noneMatch(p -> !p.contains(":"))) {
                try {
                    new MessageFormat(value, Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": not a valid MessageFormat pattern (" + e.getMessage() + ")");
                }
            }
        }
    }

    static List<String> problems(Map<Path, Map<String, Path>> bundles) throws IOException {
        List<String> problems = new ArrayList<>();
        Path root = modules();
        for (Map.Entry<Path, Map<String, Path>> bundle : bundles.entrySet()) {
            String name = root.relativize(bundle.getKey()).toString().replace('\\', '/');
            Map<String, Path> files = bundle.getValue();
            Path baseFile = files.get("");
            if (baseFile == null) {
                problems.add(name + ": no base (bokmål) file " + name + ".properties beside " + files.keySet());
                continue;
            }
            Map<String, String> base = read(baseFile);
            for (Map.Entry<String, String> e : base.entrySet()) {
                checkValue(name + ".properties [" + e.getKey() + "]", e.getValue(), false, problems);
            }
            Path nb = files.get("nb");
            if (nb == null) {
                problems.add(name + "_nb.properties: missing (an empty file, so \"nb\" picks the base bundle)");
            } else if (!read(nb).isEmpty()) {
                problems.add(name + "_nb.properties: must be empty (comment only), has keys " + read(nb).keySet());
            }
            for (String language : LANGUAGES) {
                String file = name + "_" + language + ".properties";
                Path path = files.get(language);
                if (path == null) {
                    problems.add(file + ": missing (" + base.size() + " keys to translate)");
                    continue;
                }
                Map<String, String> translated = read(path);
                for (Map.Entry<String, String> e : base.entrySet()) {
                    String key = e.getKey();
                    String where = file + " [" + key + "]";
                    String value = translated.get(key);
                    if (value == null) {
                        problems.add(where + ": missing");
                        continue;
                    }
                    checkValue(where, value, isPattern(e.getValue()), problems);
                    Set<String> expected = placeholders(e.getValue());
                    Set<String> actual = placeholders(value);
                    if (!value.isBlank() && !expected.equals(actual)) {
                        problems.add(where + ": placeholders " + actual + ", base has " + expected);
                    }
                }
                for (String key : translated.keySet()) {
                    if (!base.containsKey(key)) {
                        problems.add(file + " [" + key + "]: not in the base file");
                    }
                }
                if (problems.stream().noneMatch(p -> p.startsWith(file))
                        && !new ArrayList<>(translated.keySet()).equals(new ArrayList<>(base.keySet()))) {
                    problems.add(file + ": keys are not in the base file's order");
                }
            }
            Set<String> unknown = new LinkedHashSet<>(files.keySet());
            unknown.removeAll(List.of("", "nb", "nn", "en"));
            for (String language : unknown) {
                problems.add(name + "_" + language + ".properties: a language this test does not check");
            }
        }
        return problems;
    }

    @Test
    void every_bundle_is_complete_in_nynorsk_and_english() throws IOException {
        Map<Path, Map<String, Path>> bundles = bundles();
        assertFalse(bundles.isEmpty(), "found no bundles under " + modules());
        List<String> problems = problems(bundles);
        assertTrue(problems.isEmpty(), problems.size() + " gaps in the text bundles:\n  " + String.join("\n  ", problems));
    }

    @Test
    void placeholders_are_read_with_index_type_and_choice_texts() {
        assertEquals(Set.of("0:choice", "0:"), placeholders("{0,choice,1#Ett felt|1<{0} felt} har feil."));
        assertEquals(Set.of("0:", "1:number"), placeholders("{0} av {1,number,#} ('{2}' er sitert)"));
        assertEquals(Set.of("startRecord", "totalRecords"), placeholders("{startRecord} av {totalRecords}"));
        assertTrue(hasSingleApostrophe("group's {0}"));
        assertTrue(isPattern("the group's {0}"), "a quote that hides the placeholders still makes a pattern");
        assertFalse(hasSingleApostrophe("group''s {0}"));
    }

    private static void assertEquals(Object expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }
}
