package no.ledernett.matching;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** How far each running computation has come, for the progress bar in the proposal screen. */
@ApplicationScoped
public class ProposalProgress {

    /** @param best the best total found so far, or NaN before the first */
    public record Progress(long startedNanos, double limitSeconds, double best) implements Serializable {

        public int percent() {
            double elapsed = (System.nanoTime() - startedNanos) / 1e9;
            return (int) Math.min(99, Math.round(100 * elapsed / Math.max(0.1, limitSeconds)));
        }

        public double elapsedSeconds() {
            return Math.round((System.nanoTime() - startedNanos) / 1e8) / 10.0;
        }
    }

    private final Map<Long, Progress> running = new ConcurrentHashMap<>();

    void started(long proposalId, double limitSeconds) {
        running.put(proposalId, new Progress(System.nanoTime(), limitSeconds, Double.NaN));
    }

    void found(long proposalId, double best) {
        running.computeIfPresent(proposalId, (id, p) -> new Progress(p.startedNanos(), p.limitSeconds(), best));
    }

    void finished(long proposalId) {
        running.remove(proposalId);
    }

    public Optional<Progress> of(long proposalId) {
        return Optional.ofNullable(running.get(proposalId));
    }
}
