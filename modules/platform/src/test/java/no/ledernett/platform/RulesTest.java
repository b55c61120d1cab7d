package no.ledernett.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
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

    private static final String BUNDLE = "no.ledernett.platform.Rules";

    private enum Colour { RED, GREEN }

    @Test
    void a_date_is_read_trimmed_and_bad_text_breaks_the_callers_rule_in_the_callers_bundle() {
        Rules rules = new Rules();
        assertEquals(LocalDate.of(2026, 12, 31), rules.date("start", " 2026-12-31 ", BUNDLE, "format"));
        assertNull(rules.date("end", "31.12.2026", BUNDLE, "format"));
        assertNull(rules.date("day", "2026-02-30", "no.ledernett.some.Rules", "format.date"));
        assertEquals(List.of(new Violation("end", "format", BUNDLE, List.of()),
                new Violation("day", "format.date", "no.ledernett.some.Rules", List.of())), rules.violations());
        assertEquals("Har feil format.", rules.violations().get(0).message(Texts.BOKMAL));
    }

    @Test
    void a_blank_date_is_required_unless_it_is_optional() {
        Rules rules = new Rules();
        assertNull(rules.date("start", " ", BUNDLE, "format"));
        assertNull(rules.date("end", null, BUNDLE, "format"));
        assertNull(rules.dateIfGiven("left", "", BUNDLE, "format"));
        assertNull(rules.dateIfGiven("joined", null, BUNDLE, "format"));
        assertEquals(List.of("start:required", "end:required"), fieldsAndRules(rules));
        assertEquals(LocalDate.of(2027, 1, 2), rules.dateIfGiven("left", "2027-01-02", BUNDLE, "format"));
        assertNull(rules.dateIfGiven("left", "soon", BUNDLE, "format"));
        assertEquals("left:format", fieldsAndRules(rules).get(2));
    }

    @Test
    void a_time_of_day_is_read_and_its_rule_key_is_the_callers() {
        Rules rules = new Rules();
        assertEquals(LocalTime.of(9, 30), rules.time("start", "09:30", BUNDLE, "format.start"));
        assertNull(rules.time("end", "25:00", BUNDLE, "format.start"));
        assertNull(rules.time("other", "", BUNDLE, "format.start"));
        assertEquals(List.of("end:format.start", "other:required"), fieldsAndRules(rules));
    }

    @Test
    void an_enum_name_is_read_in_any_case_and_an_unknown_one_lists_the_names() {
        Rules rules = new Rules();
        assertEquals(Colour.GREEN, rules.oneOf("colour", " GREEN ", Colour.class, BUNDLE));
        assertEquals(Colour.GREEN, rules.oneOf("colour", "green", Colour.class, BUNDLE));
        assertNull(rules.oneOf("colour", "grønn", Colour.class, BUNDLE));
        assertNull(rules.oneOf("other", " ", Colour.class, BUNDLE));
        assertEquals(List.of(new Violation("colour", "oneOf", BUNDLE, List.of("RED, GREEN")),
                Violation.of("other", "required")), rules.violations());
    }

    @Test
    void a_choice_in_a_rule_of_the_modules_own_lists_the_names_too_and_leaves_blank_to_the_caller() {
        Rules rules = new Rules();
        assertEquals(Colour.RED, rules.oneOf("role", "Red", Colour.class, "no.ledernett.some.Rules", "role.unknown", null));
        assertNull(rules.oneOf("role", "", Colour.class, "no.ledernett.some.Rules", "role.unknown", null));
        assertEquals(Colour.GREEN, rules.oneOf("role", "BLUE", Colour.class, "no.ledernett.some.Rules", "role.unknown", Colour.GREEN));
        assertEquals(List.of(new Violation("role", "role.unknown", "no.ledernett.some.Rules", List.of("RED, GREEN"))), rules.violations());
    }

    @Test
    void a_month_is_read_when_given_and_bad_text_breaks_the_callers_rule() {
        Rules rules = new Rules();
        assertEquals(YearMonth.of(2026, 11), rules.monthIfGiven("month", " 2026-11 ", BUNDLE, "format.month"));
        assertNull(rules.monthIfGiven("month", null, BUNDLE, "format.month"));
        assertNull(rules.monthIfGiven("month", " ", BUNDLE, "format.month"));
        assertNull(rules.monthIfGiven("month", "feb", BUNDLE, "format.month"));
        assertNull(rules.monthIfGiven("month", "2026-13", BUNDLE, "format.month"));
        assertEquals(List.of("month:format.month", "month:format.month"), fieldsAndRules(rules));
    }

    @Test
    void a_value_read_on_its_own_is_answered_at_once_when_bad() {
        assertEquals(Colour.RED, Rules.checked(r -> r.oneOf("colour", "red", Colour.class, BUNDLE, null)));
        assertNull(Rules.checked(r -> r.oneOf("colour", "", Colour.class, BUNDLE, null)));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Rules.checked(r -> r.oneOf("colour", "BLUE", Colour.class, BUNDLE, null)));
        assertEquals(List.of(new Violation("colour", "oneOf", BUNDLE, List.of("RED, GREEN"))), e.violations());
    }

    @Test
    void an_optional_enum_falls_back_when_blank_and_when_unknown_but_reports_only_the_unknown() {
        Rules rules = new Rules();
        assertEquals(Colour.RED, rules.oneOf("colour", null, Colour.class, BUNDLE, Colour.RED));
        assertEquals(Colour.RED, rules.oneOf("colour", "", Colour.class, BUNDLE, Colour.RED));
        assertNull(rules.oneOf("filter", "", Colour.class, BUNDLE, null));
        assertEquals(Colour.RED, rules.oneOf("colour", "BLUE", Colour.class, BUNDLE, Colour.RED));
        assertEquals(List.of("colour:oneOf"), fieldsAndRules(rules));
        assertEquals(Colour.GREEN, rules.oneOf("colour", "GREEN", Colour.class, BUNDLE, Colour.RED));
    }

    @Test
    void a_check_that_throws_is_kept_beside_the_other_problems() {
        Rules rules = new Rules().required("name", "");
        assertEquals("0301", rules.kept(() -> "0301"));
        assertNull(rules.kept(() -> {
            throw new InvalidInputException(Violation.of("no.ledernett.some.Rules", "municipality", "municipality.unknown"));
        }));
        assertEquals(List.of("name:required", "municipality:municipality.unknown"), fieldsAndRules(rules));
    }

    private static List<String> fieldsAndRules(Rules rules) {
        return rules.violations().stream().map(v -> v.field() + ":" + v.rule()).toList();
    }
}
