package no.ledernett.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import no.ledernett.platform.Viewer;
import org.junit.jupiter.api.Test;

class ResetLimitTest {

    @Test
    void three_links_an_hour_per_address() {
        UserAccount account = new UserAccount("a@example.org", "A", Viewer.Role.STAFF, null, null, null);
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        assertEquals(3, IntStream.range(0, 20).filter(i -> account.resetAllowed(now.plusSeconds(i), 3, Duration.ofHours(1))).count());
        assertEquals(true, account.resetAllowed(now.plus(Duration.ofMinutes(61)), 3, Duration.ofHours(1)));
    }
}
