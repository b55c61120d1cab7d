package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: no module's queries name another module's entity. A JPQL join across modules ties one
 * module's query to another's tables, and ArchUnit cannot see it (a query is a string), so this test
 * reads the query strings of every module's sources: an entity name after FROM, JOIN or a comma in
 * a FROM list must be the module's own.
 *
 * <p>The queries that did so when this test arrived are listed in
 * {@code src/test/resources/jpql-across-modules.txt}: the test fails on a new one, and on a listed one
 * that is gone (take its line out; the list only shrinks).
 */
class JpqlBoundariesTest {

    private static final Path MODULES = Path.of("..").toAbsolutePath().normalize();
    private static final Path KNOWN = Path.of("src/test/resources/jpql-across-modules.txt");
    private static final Pattern ENTITY = Pattern.compile("@Entity\\b[^;{]*?\\bclass\\s+(\\w+)", Pattern.DOTALL);
    /** String literals and text blocks. */
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern QUERY_WORD = Pattern.compile("(?i)\\b(select|update|delete)\\b.*\\bfrom\\b|\\bjoin\\b|\\bfrom\\s+[A-Z]", Pattern.DOTALL);
    /** An entity name where JPQL expects one: after FROM, JOIN or a comma, followed by its variable. */
    private static final Pattern NAMED = Pattern.compile("(?:\\b(?i:from|join)|,)\\s+([A-Z]\\w*)\\s+(?:(?i:as)\\s+)?[a-z]\\w*");

    @Test
    void no_module_names_another_modules_entity_in_a_query() throws IOException {
        List<String> known = Files.readAllLines(KNOWN).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        TreeSet<String> found = new TreeSet<>(crossings(sources()));
        List<String> added = found.stream().filter(f -> !known.contains(f)).toList();
        List<String> gone = known.stream().filter(k -> !found.contains(k)).toList();
        assertTrue(added.isEmpty(), "Queries that name another module's entity (ask that module's service by id instead):\n  "
                + String.join("\n  ", added));
        assertTrue(gone.isEmpty(), "No longer found; take these lines out of " + KNOWN + ":\n  " + String.join("\n  ", gone));
    }

    @Test
    void a_planted_cross_module_join_is_found() {
        Map<String, Map<Path, String>> planted = Map.of(
                "municipalities", Map.of(Path.of("Leader.java"), "@Entity\npublic class Leader {}"),
                "portal", Map.of(Path.of("Requests.java"), "q = \"select r from ServiceRequest r join Leader l on l.id = r.leaderId\";"));
        assertEquals(List.of("portal Requests.java: Leader"), crossings(planted));
    }

    /** "module file: Entity" for every query string that names another module's entity. */
    static List<String> crossings(Map<String, Map<Path, String>> sources) {
        Map<String, String> owner = new TreeMap<>();
        sources.forEach((module, files) -> files.values().forEach(text -> {
            Matcher m = ENTITY.matcher(text);
            while (m.find()) {
                owner.put(m.group(1), module);
            }
        }));
        List<String> result = new ArrayList<>();
        sources.forEach((module, files) -> files.forEach((file, text) -> {
            TreeSet<String> named = new TreeSet<>();
            Matcher s = STRING.matcher(text);
            while (s.find()) {
                String literal = s.group(1) != null ? s.group(1) : s.group(2);
                if (!QUERY_WORD.matcher(literal).find()) {
                    continue;
                }
                Matcher n = NAMED.matcher(literal);
                while (n.find()) {
                    String entity = n.group(1);
                    if (owner.containsKey(entity) && !owner.get(entity).equals(module)) {
                        named.add(entity);
                    }
                }
            }
            named.forEach(entity -> result.add(module + " " + file.toString().replace('\\', '/') + ": " + entity));
        }));
        result.sort(null);
        return result;
    }

    /** Each module's main sources, by module name and path below its java folder. */
    static Map<String, Map<Path, String>> sources() throws IOException {
        Map<String, Map<Path, String>> result = new TreeMap<>();
        try (Stream<Path> modules = Files.list(MODULES)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                Path java = module.resolve("src/main/java");
                if (!Files.isDirectory(java)) {
                    continue;
                }
                Map<Path, String> files = new TreeMap<>();
                try (Stream<Path> walk = Files.walk(java)) {
                    walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.put(java.relativize(p), read(p)));
                }
                result.put(module.getFileName().toString(), files);
            }
        }
        return result;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
