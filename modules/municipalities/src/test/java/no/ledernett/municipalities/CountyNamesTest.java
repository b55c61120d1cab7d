package no.ledernett.municipalities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ledernett.platform.Counties;
import no.ledernett.platform.County;
import org.junit.jupiter.api.Test;

/**
 * The municipality table keeps a county name beside each municipality, as the 2024 migration
 * loaded it, but pages and the API name counties from platform's list. The two must say the same,
 * or a county would be spelt one way in the list filter and another in the data.
 */
class CountyNamesTest {

    private static final String MIGRATION = "/db/migration/municipalities/V2026_11_27_1001__municipalities_2024.sql";
    private static final Pattern ROW = Pattern.compile("\\('(\\d{4})', '(?:[^']|'')*', '(\\d{2})', '((?:[^']|'')*)'");

    @Test
    void the_migrated_municipalities_name_their_counties_as_platform_does() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream(MIGRATION)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> counties = new TreeSet<>();
        int rows = 0;
        for (Matcher m = ROW.matcher(sql); m.find(); rows++) {
            assertEquals(Counties.ofMunicipality(m.group(1)), m.group(2), m.group(1));
            assertEquals(Counties.name(m.group(2)), m.group(3).replace("''", "'"), m.group(1));
            counties.add(m.group(2));
        }
        assertEquals(357, rows);
        assertEquals(Counties.all().stream().map(County::number).toList(), counties.stream().toList(), "every county has municipalities");
    }
}
