package no.ledernett.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void a_connection_failure_deep_in_the_chain_means_unavailable() {
        var driver = new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException("Connection refused"));
        var jpa = new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException("wrapped", driver));
        assertTrue(DatabaseFailures.isUnavailable(new IllegalStateException("transaction", jpa)));
    }

    @Test
    void pool_and_shutdown_failures_mean_unavailable() {
        assertTrue(DatabaseFailures.isUnavailable(new RuntimeException(new SQLException("Error in allocating a connection. Cause: Connection could not be allocated"))));
        assertTrue(DatabaseFailures.isUnavailable(new RuntimeException(new ResourceAllocationException("no connection"))));
        assertTrue(DatabaseFailures.isUnavailable(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseFailures.isUnavailable(new SQLTransientConnectionException("timeout")));
    }

    @Test
    void other_database_errors_are_not_an_outage() {
        assertFalse(DatabaseFailures.isUnavailable(new PersistenceException(new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseFailures.isUnavailable(new IllegalArgumentException("bad")));
        assertFalse(DatabaseFailures.isUnavailable(null));
        // A mail server that refuses is not the database.
        assertFalse(DatabaseFailures.isUnavailable(new RuntimeException(new ConnectException("Connection refused"))));
    }
}
