package no.ledernett.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import no.ledernett.platform.DatabaseFailures;
import no.ledernett.platform.RequestIds;

/**
 * Puts the current request's id in front of every log line written while the request is served,
 * as {@code [request <id>] message}, whatever the logger (ours, EclipseLink's, the server's):
 * java.util.logging has no MDC, so a filter on the server's handlers adds it. Installed when the
 * application starts, removed again when it stops.
 *
 * <p>The same filter keeps a database outage to one line per event: a record that carries a
 * stack trace of "database unreachable" (EclipseLink, the pool, the transaction manager each log
 * their own) keeps its message and the innermost cause's first line, without the trace.
 */
@ApplicationScoped
public class RequestIdLogging {

    private final Map<Handler, Filter> replaced = new HashMap<>();

    void install(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            Filter previous = handler.getFilter();
            replaced.put(handler, previous);
            handler.setFilter(new WithRequestId(previous));
        }
    }

    void remove(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        replaced.forEach((handler, previous) -> {
            if (handler.getFilter() instanceof WithRequestId) {
                handler.setFilter(previous);
            }
        });
        replaced.clear();
    }

    static final class WithRequestId implements Filter {

        private final Filter previous;

        WithRequestId(Filter previous) {
            this.previous = previous;
        }

        @Override
        public boolean isLoggable(LogRecord record) {
            if (previous != null && !previous.isLoggable(record)) {
                return false;
            }
            Throwable thrown = record.getThrown();
            if (thrown != null && DatabaseFailures.isUnavailable(thrown)) {
                Throwable root = thrown;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                String cause = root.getClass().getSimpleName() + ": " + String.valueOf(root.getMessage()).lines().findFirst().orElse("");
                String message = record.getMessage() == null || record.getMessage().isBlank() ? "Database unavailable" : record.getMessage();
                record.setThrown(null);
                record.setMessage(message.lines().findFirst().orElse("") + " (" + cause + ")");
            }
            String id = RequestIds.current();
            if (id != null && record.getMessage() != null) {
                String prefix = "[request " + id + "] ";
                if (!record.getMessage().startsWith(prefix)) {
                    record.setMessage(prefix + record.getMessage());
                }
            }
            return true;
        }
    }
}
