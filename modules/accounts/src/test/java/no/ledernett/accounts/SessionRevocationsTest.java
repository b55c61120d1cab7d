package no.ledernett.accounts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.ledernett.platform.Viewer;
import org.junit.jupiter.api.Test;

class SessionRevocationsTest {

    private static SignedInUser user(long id, long stamp) {
        return new SignedInUser(new Viewer(Viewer.Role.STAFF, null, null, null, id), "A", "a@example.org", null, null, stamp);
    }

    @Test
    void a_sign_in_from_before_a_change_is_over_and_a_later_one_stands() {
        SessionRevocations revocations = new SessionRevocations();
        assertTrue(revocations.valid(user(7, 0)));
        revocations.learn(7, 2);
        assertFalse(revocations.valid(user(7, 1)));
        assertTrue(revocations.valid(user(7, 2)));
        assertTrue(revocations.valid(user(8, 0)), "other accounts are not affected");
        revocations.learn(7, 1);
        assertFalse(revocations.valid(user(7, 1)), "an old message arriving late does not bring a session back");
    }
}
