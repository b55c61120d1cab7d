package no.ledernett.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WrittenFormTest {

    @Test
    void a_written_form_gives_the_language_its_people_read() {
        assertEquals(Language.NYNORSK, WrittenForm.NYNORSK.language());
        assertEquals(Language.BOKMAL, WrittenForm.BOKMAL.language());
        assertEquals(Language.BOKMAL, WrittenForm.NEUTRAL.language(), "a neutral municipality's people see bokmål until they choose");
    }
}
