package no.ledernett.datagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A small data set in an in-memory H2: every constraint holds, and the app's sequences lie past every id written. */
class DataGeneratorTest {

    private static final String URL = "jdbc:h2:mem:datagen;DB_CLOSE_DELAY=-1";

    @Test
    void fills_an_empty_database_and_moves_every_sequence_past_its_ids() throws Exception {
        DataGenerator.main(new String[] {"--url", URL, "--user", "sa", "--password", "", "--scale", "0.05", "--seed", "7",
            "--today", "2026-11-27"});
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            assertTrue(count(c, "SELECT COUNT(*) FROM group_meeting") > 300);
            assertTrue(count(c, "SELECT COUNT(*) FROM challenge") > 100);
            assertEquals(1, count(c, "SELECT COUNT(*) FROM user_account WHERE email = 'staff@ledernett.no' AND role = 'STAFF'"));
            assertEquals(0, count(c, "SELECT COUNT(*) FROM network_group g JOIN group_membership m ON m.group_id = g.id"
                    + " JOIN leader l ON l.id = m.leader_id WHERE l.municipality_number <> g.municipality_number"));
            assertEquals(2, count(c, "SELECT COUNT(DISTINCT meeting_mode) FROM network_group"), "groups meet in person and on video");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM group_meeting m JOIN network_group g ON g.id = m.group_id"
                    + " WHERE m.meeting_mode IS NULL OR m.meeting_mode <> g.meeting_mode"), "a meeting keeps its group's mode");
            List<String> sequences = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'PUBLIC'")) {
                while (r.next()) {
                    sequences.add(r.getString(1).toLowerCase());
                }
            }
            assertTrue(sequences.size() > 20);
            for (String sequence : sequences) {
                String table = sequence.substring(0, sequence.length() - "_seq".length());
                long max = count(c, "SELECT COALESCE(MAX(id), 0) FROM " + table);
                long next = count(c, "SELECT NEXT VALUE FOR " + sequence);
                // EclipseLink takes the 50 ids up to the value it draws.
                assertTrue(next - 49 > max, sequence + " gives " + next + ", but " + table + " has id " + max);
            }
        }
    }

    @Test
    void hashes_passwords_in_jakarta_securitys_pbkdf2_format() {
        String[] parts = DataGenerator.hash("ledernett-demo", new Random(1)).split(":");
        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(16, java.util.Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, java.util.Base64.getDecoder().decode(parts[3]).length);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
