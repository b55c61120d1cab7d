package no.ledernett.municipalities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContactInputTest {

    @Test
    void name_and_email_are_required_and_checked() {
        List<String> broken = new ContactInput("3205", "", null, "kari(at)kommune.no", "12", null).check().violations().stream()
                .map(v -> v.field() + ":" + v.rule()).toList();
        assertEquals(List.of("name:required", "email:email", "phone:phone"), broken);
    }

    @Test
    void a_complete_contact_passes() {
        assertEquals(List.of(), new ContactInput("3205", "Kari Nordmann", "HR-sjef", "kari@lillestrom.kommune.no", "+47 66 93 80 00", null)
                .check().violations());
    }
}
