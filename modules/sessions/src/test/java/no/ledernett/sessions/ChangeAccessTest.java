package no.ledernett.sessions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.ledernett.platform.Viewer;
import org.junit.jupiter.api.Test;

class ChangeAccessTest {

    static final Long IN_CHARGE = 40L;

    @Test
    void staff_and_the_adviser_in_charge_may_change() {
        assertTrue(ChangeAccess.mayChange(Viewer.staff(), IN_CHARGE));
        assertTrue(ChangeAccess.mayChange(Viewer.adviser(40), IN_CHARGE));
    }

    @Test
    void nobody_else_may_change_a_group_or_course_they_are_not_in_charge_of() {
        assertFalse(ChangeAccess.mayChange(Viewer.adviser(41), IN_CHARGE), "another adviser");
        assertFalse(ChangeAccess.mayChange(Viewer.adviser(41), null), "no adviser yet");
        assertFalse(ChangeAccess.mayChange(new Viewer(Viewer.Role.ADVISER, null, null, null, 7L), null), "an adviser user without an adviser");
        assertFalse(ChangeAccess.mayChange(Viewer.contact("4601"), IN_CHARGE), "the municipality's contact");
        assertFalse(ChangeAccess.mayChange(Viewer.participant(2, "4601"), IN_CHARGE), "a leader");
        assertFalse(ChangeAccess.mayChange(Viewer.anonymous(), IN_CHARGE));
        assertFalse(ChangeAccess.mayChange(null, IN_CHARGE));
    }
}
