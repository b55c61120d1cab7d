package no.ledernett.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViewerTest {

    @Test
    void staff_act_for_any_municipality_a_contact_for_their_own_and_nobody_else_for_any() {
        assertTrue(Viewer.staff().actsFor("4601"));
        assertTrue(Viewer.contact("4601").actsFor("4601"));
        assertFalse(Viewer.contact("4601").actsFor("3201"), "another municipality");
        assertFalse(Viewer.contact("4601").actsFor(null));
        assertFalse(Viewer.participant(1, "4601").actsFor("4601"), "a leader of it is not its contact");
        assertFalse(Viewer.adviser(1).actsFor("4601"));
        assertFalse(Viewer.anonymous().actsFor("4601"));
    }
}
