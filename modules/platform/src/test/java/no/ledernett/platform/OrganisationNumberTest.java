package no.ledernett.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganisationNumberTest {

    @Test
    void a_registered_number_passes_and_reads_with_or_without_spaces() {
        assertEquals(Optional.of(new OrganisationNumber("964338531")), OrganisationNumber.parse("964 338 531"));
        assertEquals(Optional.of(new OrganisationNumber("958935420")), OrganisationNumber.parse(" 958935420 "));
        assertEquals("964 338 531", new OrganisationNumber("964338531").grouped());
    }

    @Test
    void a_wrong_check_digit_length_or_character_is_refused() {
        for (String wrong : List.of("964338532", "96433853", "9643385310", "96433853a", "", "   ", "964-338-531")) {
            assertFalse(OrganisationNumber.parse(wrong).isPresent(), wrong);
        }
        assertThrows(IllegalArgumentException.class, () -> new OrganisationNumber("964338532"));
    }

    @Test
    void a_number_whose_check_digit_would_be_ten_is_never_valid() {
        // 3*1 + 2*0 + 7*0 + 6*0 + 5*0 + 4*0 + 3*0 + 2*4 = 11 + ... : find the first such base and try every last digit.
        String base = java.util.stream.IntStream.range(10000000, 10001000).mapToObj(Integer::toString)
                .filter(b -> {
                    int[] w = {3, 2, 7, 6, 5, 4, 3, 2};
                    int sum = 0;
                    for (int i = 0; i < 8; i++) {
                        sum += (b.charAt(i) - '0') * w[i];
                    }
                    return sum % 11 == 1;
                }).findFirst().orElseThrow();
        for (int last = 0; last <= 9; last++) {
            assertFalse(OrganisationNumber.parse(base + last).isPresent(), base + last);
        }
    }

    @Test
    void rules_name_the_field_and_leave_blank_to_required() {
        Rules rules = new Rules();
        assertNull(rules.organisationNumber("buyer", "123456789"));
        assertNull(rules.organisationNumber("other", " "));
        assertEquals(new OrganisationNumber("964338531"), rules.organisationNumber("ok", "964338531"));
        InvalidInputException e = assertThrows(InvalidInputException.class, rules::check);
        assertEquals(List.of("buyer:organisationNumber"), e.violations().stream().map(v -> v.field() + ":" + v.rule()).toList());
        assertTrue(e.violations().get(0).message(Texts.BOKMAL).contains("organisasjonsnummer"), e.violations().get(0).message(Texts.BOKMAL));
    }
}
