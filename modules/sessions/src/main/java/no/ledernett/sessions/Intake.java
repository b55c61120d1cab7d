package no.ledernett.sessions;

import java.io.Serializable;
import java.time.LocalDateTime;

/** When intake opens and closes for a meeting. */
public record Intake(LocalDateTime opens, LocalDateTime closes) implements Serializable {

    public boolean isOpen(LocalDateTime now) {
        return !now.isBefore(opens) && now.isBefore(closes);
    }
}
