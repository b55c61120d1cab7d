package no.ledernett.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaults_to_the_first_page_of_25() {
        PageRequest paging = PageRequest.of(null, null);
        assertEquals(0, paging.offset());
        assertEquals(25, paging.size());
    }

    @Test
    void offset_counts_whole_pages() {
        assertEquals(100, PageRequest.of(2, 50).offset());
    }

    @Test
    void refuses_negative_pages_and_oversized_ones_naming_the_field() {
        assertEquals("page", assertThrows(InvalidInputException.class, () -> PageRequest.of(-1, 10)).violations().get(0).field());
        assertEquals("size", assertThrows(InvalidInputException.class, () -> PageRequest.of(0, 201)).violations().get(0).field());
        assertEquals("size", assertThrows(InvalidInputException.class, () -> PageRequest.of(0, 0)).violations().get(0).field());
    }

    @Test
    void page_count_rounds_up() {
        assertEquals(15, new Page<>(List.of(), 357, 0, 25).pages());
        assertEquals(0, new Page<>(List.of(), 0, 0, 25).pages());
    }
}
