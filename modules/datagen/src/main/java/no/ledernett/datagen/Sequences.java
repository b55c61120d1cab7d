package no.ledernett.datagen;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** The largest id written to each table, so that every sequence can be moved past it at the end. */
final class Sequences {

    private final Map<String, Long> sequenceMax = new LinkedHashMap<>();

    void seen(String table, long id) {
        sequenceMax.merge(table, id, Math::max);
    }

    /** The largest id written to this table so far, or the given one if none was. */
    long max(String table, long none) {
        return sequenceMax.getOrDefault(table, none);
    }

    /**
     * Sequences step 50 and EclipseLink (allocation 50) takes the 50 ids up to each value it draws,
     * so each sequence restarts at least 50 above the largest id written.
     */
    void moveSequences(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, Long> e : sequenceMax.entrySet()) {
                long restart = (e.getValue() / 50 + 2) * 50;
                s.execute("ALTER SEQUENCE " + e.getKey() + "_seq RESTART WITH " + restart);
            }
        }
    }
}
