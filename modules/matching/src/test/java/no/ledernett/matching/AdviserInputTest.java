package no.ledernett.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Language;
import org.junit.jupiter.api.Test;

class AdviserInputTest {

    private static AdviserInput writing(List<String> forms) {
        return new AdviserInput("Hanne Lunde", "seniorrådgiver", "hanne@example.no", null, "46", forms, true, 60, List.of(), null);
    }

    @Test
    void written_forms_are_read_in_any_case_like_every_other_choice() {
        assertEquals(Set.of(Language.BOKMAL, Language.NYNORSK), writing(List.of("bokmal", " Nynorsk ")).check().writtenForms());
    }

    @Test
    void an_unknown_written_form_names_the_field_and_the_choices() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> writing(List.of("BOKMAL", "klingon")).check());
        assertEquals(List.of("writtenForms:oneOf"), e.violations().stream().map(v -> v.field() + ":" + v.rule()).toList());
        assertEquals(List.of("writtenForms:required"),
                assertThrows(InvalidInputException.class, () -> writing(List.of()).check()).violations().stream().map(v -> v.field() + ":" + v.rule()).toList());
    }
}
