package no.ledernett.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OriginsTest {

    private static final URI SELF = URI.create("http://localhost:8080/ledernett/");

    @Test
    void our_own_pages_are_the_same_origin() {
        assertTrue(Origins.sameOrigin("http://localhost:8080", null, SELF));
        assertTrue(Origins.sameOrigin(null, "http://localhost:8080/ledernett/admin/index.xhtml", SELF));
    }

    @Test
    void another_site_a_missing_origin_and_garbage_are_not() {
        assertFalse(Origins.sameOrigin("http://evil.example", null, SELF));
        assertFalse(Origins.sameOrigin("http://evil.example", "http://localhost:8080/", SELF), "the Origin decides when there is one");
        assertFalse(Origins.sameOrigin("http://localhost:9090", null, SELF));
        assertFalse(Origins.sameOrigin("http://localhost.evil.example:8080", null, SELF));
        assertFalse(Origins.sameOrigin("null", null, SELF));
        assertFalse(Origins.sameOrigin(null, null, SELF));
        assertFalse(Origins.sameOrigin("http://[bad", null, SELF));
    }
}
