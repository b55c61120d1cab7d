package no.ledernett.municipalities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ledernett.platform.OrganisationNumber;
import org.junit.jupiter.api.Test;

/** The seeded organisation numbers: one per municipality but Haram, each passing the check, none twice. */
class OrganisationNumbersSeedTest {

    private static final String MIGRATION = "/db/migration/municipalities/V2026_12_02_1500__organisation_numbers.sql";
    private static final Pattern ROW = Pattern.compile("\\('(\\d{4})', '(\\d+)', 1\\)");

    @Test
    void every_seeded_number_is_valid_and_belongs_to_one_municipality() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream(MIGRATION)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> municipalities = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (Matcher m = ROW.matcher(sql); m.find(); ) {
            assertTrue(OrganisationNumber.parse(m.group(2)).isPresent(), m.group(1) + " " + m.group(2));
            assertTrue(municipalities.add(m.group(1)), "twice: " + m.group(1));
            assertTrue(numbers.add(m.group(2)), "shared: " + m.group(2));
        }
        assertEquals(356, municipalities.size());
        assertTrue(!municipalities.contains("1580"), "Haram's new number is not known yet");
        assertTrue(municipalities.contains("4601") && numbers.contains("964338531"), "Bergen");
    }
}
