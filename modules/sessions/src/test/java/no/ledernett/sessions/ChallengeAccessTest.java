package no.ledernett.sessions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import no.ledernett.platform.Viewer;
import org.junit.jupiter.api.Test;

class ChallengeAccessTest {

    static final Set<Long> MEMBERS = Set.of(1L, 2L, 3L);
    static final Long ADVISER = 40L;

    @Test
    void members_and_the_groups_adviser_may_read() {
        assertTrue(ChallengeAccess.mayRead(Viewer.participant(2, "4601"), MEMBERS, ADVISER));
        assertTrue(ChallengeAccess.mayRead(Viewer.adviser(40), MEMBERS, ADVISER));
    }

    @Test
    void nobody_else_may_read_not_even_the_municipalitys_contact_or_other_staff() {
        assertFalse(ChallengeAccess.mayRead(Viewer.participant(9, "4601"), MEMBERS, ADVISER), "a leader outside the group");
        assertFalse(ChallengeAccess.mayRead(Viewer.participant(2, "1804"), Set.of(), ADVISER), "a leader of another group");
        assertFalse(ChallengeAccess.mayRead(Viewer.contact("4601"), MEMBERS, ADVISER), "the buying municipality's contact");
        assertFalse(ChallengeAccess.mayRead(Viewer.adviser(41), MEMBERS, ADVISER), "another adviser");
        assertFalse(ChallengeAccess.mayRead(Viewer.adviser(41), MEMBERS, null), "no adviser yet");
        assertFalse(ChallengeAccess.mayRead(Viewer.staff(), MEMBERS, ADVISER), "other staff");
        assertFalse(ChallengeAccess.mayRead(null, MEMBERS, ADVISER));
    }

    @Test
    void a_participant_writes_only_their_own_staff_and_the_adviser_on_behalf_of_members() {
        assertTrue(ChallengeAccess.mayWrite(Viewer.participant(2, "4601"), 2, MEMBERS, ADVISER));
        assertFalse(ChallengeAccess.mayWrite(Viewer.participant(2, "4601"), 3, MEMBERS, ADVISER));
        assertTrue(ChallengeAccess.mayWrite(Viewer.staff(), 3, MEMBERS, ADVISER));
        assertTrue(ChallengeAccess.mayWrite(Viewer.adviser(40), 3, MEMBERS, ADVISER));
        assertFalse(ChallengeAccess.mayWrite(Viewer.adviser(41), 3, MEMBERS, ADVISER));
        assertFalse(ChallengeAccess.mayWrite(Viewer.staff(), 9, MEMBERS, ADVISER), "not a member");
        assertFalse(ChallengeAccess.mayWrite(Viewer.contact("4601"), 2, MEMBERS, ADVISER));
    }
}
