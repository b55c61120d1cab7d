package no.ledernett.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RulesTest {

    @Test
    void collects_every_broken_rule_before_throwing() {
        Rules rules = new Rules().required("name", " ").email("email", "not-an-address").phone("phone", "12");
        InvalidInputException e = assertThrows(InvalidInputException.class, rules::check);
        assertEquals(List.of("name:required", "email:email", "phone:phone"),
                e.violations().stream().map(v -> v.field() + ":" + v.rule()).toList());
    }

    @Test
    void accepts_valid_values_and_leaves_optional_ones_alone() {
        new Rules().required("name", "Kari").email("email", "kari@bergen.kommune.no").phone("phone", "+47 55 56 12 34")
                .email("other", null).phone("none", "").maxLength("name", "Kari", 4).check();
    }

    @Test
    void too_long_is_reported_with_the_limit() {
        Violation v = new Rules().maxLength("name", "abcdef", 5).violations().get(0);
        assertEquals("maxLength", v.rule());
        assertEquals("Kan ikke være lengre enn 5 tegn.", v.message(Texts.BOKMAL));
        assertEquals("Cannot be longer than 5 characters.", v.message(Locale.ENGLISH));
    }

    @Test
    void an_invalid_input_needs_a_reason() {
        assertThrows(IllegalArgumentException.class, () -> new InvalidInputException(List.of()));
    }

    @Test
    void a_missing_text_shows_its_key_instead_of_failing() {
        assertTrue(Violation.of("x", "no-such-rule").message(Texts.BOKMAL).contains("rule.no-such-rule"));
    }
}
