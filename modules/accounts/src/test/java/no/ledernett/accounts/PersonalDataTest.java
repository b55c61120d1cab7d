package no.ledernett.accounts;

import static org.junit.jupiter.api.Assertions.assertThrows;

import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Viewer;
import org.junit.jupiter.api.Test;

/** Which export a caller gets follows from who they are, before anything is read (no database needed: nothing is). */
class PersonalDataTest {

    private final PersonalData personalData = new PersonalData();

    @Test
    void only_staff_get_the_export_on_request() {
        for (Viewer who : new Viewer[] {Viewer.participant(7, "4601"), Viewer.contact("4601"), Viewer.adviser(3), Viewer.anonymous()}) {
            assertThrows(NotFoundException.class, () -> personalData.forStaff(7, who), who.roleName());
        }
    }

    @Test
    void only_a_leader_gets_an_own_export() {
        for (Viewer who : new Viewer[] {Viewer.staff(), Viewer.contact("4601"), Viewer.adviser(3), Viewer.anonymous(),
                new Viewer(Viewer.Role.PARTICIPANT, null, null, "4601", 1L)}) {
            assertThrows(NotFoundException.class, () -> personalData.own(who), who.roleName());
        }
    }
}
