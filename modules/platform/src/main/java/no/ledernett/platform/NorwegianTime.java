package no.ledernett.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Today and now as the municipalities live them. Meetings, sessions and deadlines are stored as
 * local times in Norway, while servers run in UTC: "today" asked of the server's clock is
 * yesterday between midnight and one or two o'clock, and an intake that closes at 09:00 closes an
 * hour or two late. Every comparison with a stored local time asks here.
 */
public final class NorwegianTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private NorwegianTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE);
    }
}
