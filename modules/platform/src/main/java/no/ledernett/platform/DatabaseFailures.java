package no.ledernett.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure because the database cannot be reached (down, restarting, network gone, pool
 * cannot open a connection) from other failures, so callers answer "try again shortly" (HTTP 503)
 * instead of "unexpected error". Looks through the whole cause chain: JPA, JTA and the connection
 * pool wrap the driver's exception several layers deep.
 */
public final class DatabaseFailures {

    /** Exceptions of Payara's connection pool and connector layer, by name (they are not API). */
    private static final Set<String> POOL_FAILURES = Set.of(
            "jakarta.resource.ResourceException",
            "jakarta.resource.spi.ResourceAllocationException",
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "com.sun.enterprise.resource.allocator.ResourceAllocationException");

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 30; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // SQLSTATE class 08: connection exception; 57P01-57P03: PostgreSQL shutting down or starting.
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().contains("Error in allocating a connection")) {
                    return true;
                }
            }
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (POOL_FAILURES.contains(c.getName())) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
