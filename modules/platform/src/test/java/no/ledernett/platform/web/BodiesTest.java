package no.ledernett.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Violation;
import org.junit.jupiter.api.Test;

class BodiesTest {

    @Test
    void a_missing_body_is_a_required_field_named_body() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Bodies.required(null));
        assertEquals(List.of(Violation.of("body", "required")), e.violations());
    }

    @Test
    void a_given_body_is_passed_through() {
        Object body = new Object();
        assertSame(body, Bodies.required(body));
    }
}
