package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Flyway refuses to start when two migrations share a version, and each module keeps its own folder, so
 * two modules (or two branches merged) can choose the same timestamp without noticing: the application
 * then fails to deploy at all. Found here instead, in a second.
 */
class MigrationVersionsTest {

    @Test
    void noTwoMigrationsShareAVersion() throws IOException {
        Path found = ViewParametersTest.pages().get(0);
        while (!found.getFileName().toString().equals("modules")) {
            found = found.getParent();
        }
        Path modules = found;
        List<Path> migrations;
        try (Stream<Path> files = Files.walk(modules)) {
            migrations = files.filter(f -> f.toString().contains("/src/main/resources/db/migration/") && f.getFileName().toString().matches("V.+__.+\\.sql"))
                    .toList();
        }
        assertTrue(migrations.size() > 5, "migrations found: " + migrations.size());
        Map<String, List<String>> byVersion = migrations.stream().collect(Collectors.groupingBy(
                f -> f.getFileName().toString().substring(1, f.getFileName().toString().indexOf("__")), TreeMap::new,
                Collectors.mapping(f -> modules.relativize(f).toString(), Collectors.toList())));
        byVersion.values().removeIf(files -> files.size() == 1);
        assertEquals(Map.of(), byVersion, "migrations that share a version");
    }
}
