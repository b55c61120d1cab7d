package no.ledernett.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BarsTest {

    private final Bars bars = new Bars();

    @Test
    void nothing_is_an_empty_bar_and_anything_used_shows_at_least_one_step() {
        assertEquals("w0", bars.width(0));
        assertEquals("w0", bars.width(null));
        assertEquals("w0", bars.width(-3));
        assertEquals("w5", bars.width(1));
        assertEquals("w5", bars.width(0.4));
        assertEquals("w5", bars.width(9));
    }

    @Test
    void steps_of_five_up_to_a_full_bar() {
        assertEquals("w40", bars.width(42));
        assertEquals("w95", bars.width(99.9));
        assertEquals("w100", bars.width(100));
        assertEquals("w100", bars.width(260));
    }
}
