package no.ledernett.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(5, 30_000, 900_000, 900_000, 1000);

    @Test
    void five_failures_make_the_key_wait_and_the_wait_doubles_up_to_the_limit() {
        long now = 1_000_000;
        for (int i = 0; i < 4; i++) {
            assertEquals(0, backoff.failed("a", now));
        }
        assertEquals(30_000, backoff.failed("a", now));
        assertEquals(30_000, backoff.waitMillis("a", now));
        assertEquals(60_000, backoff.failed("a", now));
        assertEquals(120_000, backoff.failed("a", now));
        for (int i = 0; i < 10; i++) {
            backoff.failed("a", now);
        }
        assertEquals(900_000, backoff.waitMillis("a", now), "never more than the limit");
        assertEquals(0, backoff.waitMillis("a", now + 900_000), "never a permanent lock");
    }

    @Test
    void one_key_waiting_leaves_the_others_alone_and_clearing_forgets() {
        long now = 5_000_000;
        for (int i = 0; i < 5; i++) {
            backoff.failed("attacker\nowner@example.org", now);
        }
        assertTrue(backoff.waitMillis("attacker\nowner@example.org", now) > 0);
        assertEquals(0, backoff.waitMillis("owner's own client\nowner@example.org", now));
        backoff.clear("attacker\nowner@example.org");
        assertEquals(0, backoff.waitMillis("attacker\nowner@example.org", now));
    }

    @Test
    void failures_long_ago_are_forgotten() {
        long now = 0;
        for (int i = 0; i < 4; i++) {
            backoff.failed("a", now);
        }
        assertEquals(0, backoff.failed("a", now + 900_000), "a fresh start after a quiet quarter of an hour");
    }

    @Test
    void memory_stays_bounded() {
        Backoff small = new Backoff(1, 1000, 1000, 1000, 10);
        for (int i = 0; i < 1000; i++) {
            small.failed("k" + i, 0);
        }
        assertTrue(small.waitMillis("k999", 0) > 0);
    }

    @Test
    void a_fixed_window_starts_afresh_however_busy_the_key_is() {
        Backoff shared = new Backoff(50, 30_000, 900_000, 900_000, 1000, true);
        long now = 0;
        for (int i = 0; i < 49; i++) {
            assertEquals(0, shared.failed("office", now += 10_000), "a typo every ten seconds");
        }
        // 49 failures in 490 s; the 50th a quarter of an hour after the first counts as the first of a new window.
        assertEquals(0, shared.failed("office", 920_000));
    }
}
