package no.ledernett.datagen;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * One prepared INSERT (or UPDATE) sent in batches of 1,000 rows. A statement whose rows refer to
 * another's names it as a parent, and the parent's pending rows are sent first.
 */
final class Sql implements AutoCloseable {

    private static final int BATCH = 1000;

    private final PreparedStatement statement;
    private final String table;
    private final Sql[] parents;
    private int pending;
    private long rows;

    Sql(Connection connection, String sql, Sql... parents) throws SQLException {
        this.statement = connection.prepareStatement(sql);
        this.table = sql;
        this.parents = parents;
    }

    static Sql insert(Connection connection, String table, String columns, Sql... parents) throws SQLException {
        int n = columns.split(",").length;
        String marks = String.join(", ", java.util.Collections.nCopies(n, "?"));
        return new Sql(connection, "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")", parents);
    }

    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int p = i + 1;
            if (v == null) {
                statement.setNull(p, Types.NULL);
            } else if (v instanceof Long l) {
                statement.setLong(p, l);
            } else if (v instanceof Integer n) {
                statement.setInt(p, n);
            } else if (v instanceof String s) {
                statement.setString(p, s);
            } else if (v instanceof Boolean b) {
                statement.setBoolean(p, b);
            } else if (v instanceof Double d) {
                statement.setBigDecimal(p, BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP));
            } else if (v instanceof LocalDate d) {
                statement.setObject(p, d);
            } else if (v instanceof LocalTime t) {
                statement.setObject(p, t);
            } else if (v instanceof LocalDateTime t) {
                statement.setObject(p, t);
            } else {
                throw new IllegalArgumentException("Unsupported value " + v.getClass() + " in " + table);
            }
        }
        statement.addBatch();
        rows++;
        if (++pending == BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        for (Sql parent : parents) {
            parent.flush();
        }
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
