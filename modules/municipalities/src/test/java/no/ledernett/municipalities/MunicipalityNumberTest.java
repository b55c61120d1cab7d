package no.ledernett.municipalities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.ledernett.platform.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MunicipalityNumberTest {

    @Test
    void keeps_the_leading_zero_and_knows_its_county() {
        MunicipalityNumber oslo = new MunicipalityNumber("0301");
        assertEquals("0301", oslo.value());
        assertEquals("03", oslo.countyNumber());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "301", "03011", "03a1", "３２０５", " 3205x"})
    void refuses_anything_but_four_digits(String value) {
        assertFalse(MunicipalityNumber.isWellFormed(value));
        assertThrows(IllegalArgumentException.class, () -> new MunicipalityNumber(value));
    }

    @Test
    void parsing_user_input_names_the_field_and_the_rule() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MunicipalityNumber.parse("municipality", "32"));
        assertEquals("municipality", e.violations().get(0).field());
        assertEquals("municipality.format", e.violations().get(0).rule());
        assertEquals("required", assertThrows(InvalidInputException.class,
                () -> MunicipalityNumber.parse("municipality", null)).violations().get(0).rule());
        assertTrue(MunicipalityNumber.isWellFormed(" 3205 "));
        assertEquals("3205", MunicipalityNumber.parse("municipality", " 3205 ").value());
    }
}
