package no.ledernett.app;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL calls EclipseLink sends on the current thread, so tests (and developers) can
 * see that a list costs the same number of statements whatever its length. Plugged in by the
 * {@code eclipselink.session-event-listener} property; the count is shown by
 * {@link StatementCountHeader}.
 */
public class StatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void preExecuteCall(SessionEvent event) {
        if (!isSequenceFetch(event.getCall())) {
            COUNT.get()[0]++;
        }
    }

    /**
     * Ids come from sequences fetched 50 at a time, so one request in fifty that inserts (an audit
     * line) fetches the next block: not a cost of that request's data, and not counted, or a
     * page's count would depend on what ran before it.
     */
    static boolean isSequenceFetch(org.eclipse.persistence.queries.Call call) {
        if (call instanceof org.eclipse.persistence.internal.databaseaccess.DatabaseCall database && database.getSQLString() != null) {
            String sql = database.getSQLString().toUpperCase(java.util.Locale.ROOT);
            return sql.contains("NEXT VALUE FOR") || sql.contains("NEXTVAL(");
        }
        return false;
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    public static int count() {
        return COUNT.get()[0];
    }
}
