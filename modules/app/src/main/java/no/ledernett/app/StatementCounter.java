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
        COUNT.get()[0]++;
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    public static int count() {
        return COUNT.get()[0];
    }
}
