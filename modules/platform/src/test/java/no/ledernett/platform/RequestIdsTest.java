package no.ledernett.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void a_plain_caller_id_is_kept() {
        assertEquals("lb-7f3a.91:2", RequestIds.accept("lb-7f3a.91:2"));
    }

    @Test
    void a_missing_or_unsafe_caller_id_is_replaced_by_a_new_one() {
        for (String bad : new String[] {null, "", "two words", "kari@example.no\nINFO forged line", "x".repeat(65)}) {
            String id = RequestIds.accept(bad);
            assertNotEquals(bad, id);
            assertTrue(id.matches("[0-9a-f]{16}"), id);
        }
        assertNotEquals(RequestIds.accept(null), RequestIds.accept(null));
    }

    @Test
    void the_id_belongs_to_the_thread_until_cleared() {
        RequestIds.set("abc");
        assertEquals("abc", RequestIds.current());
        RequestIds.clear();
        assertNull(RequestIds.current());
    }
}
