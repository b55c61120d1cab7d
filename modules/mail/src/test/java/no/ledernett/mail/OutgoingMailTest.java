package no.ledernett.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import no.ledernett.platform.NorwegianTime;
import org.junit.jupiter.api.Test;

/** A mail that cannot be sent waits longer each time, is given up after the last attempt, and starts afresh when staff resend it. */
class OutgoingMailTest {

    private static void assertDueAbout(Duration wait, LocalDateTime before, OutgoingMail mail) {
        LocalDateTime after = NorwegianTime.now();
        assertFalse(mail.getNextAttemptAt().isBefore(before.plus(wait)), "not before " + wait + ": " + mail.getNextAttemptAt());
        assertFalse(mail.getNextAttemptAt().isAfter(after.plus(wait)), "not after " + wait + ": " + mail.getNextAttemptAt());
    }

    @Test
    void each_failed_attempt_doubles_the_wait_until_the_last_gives_the_mail_up() {
        OutgoingMail mail = new OutgoingMail("key", "kari@baerum.test", "Emne", "Tekst", null);
        LocalDateTime before = NorwegianTime.now();
        mail.failed("ConnectException: refused", 3);
        assertEquals(OutgoingMail.Status.PENDING, mail.getStatus());
        assertDueAbout(Duration.ofMinutes(1), before, mail);

        before = NorwegianTime.now();
        mail.failed("ConnectException: refused", 3);
        assertEquals(OutgoingMail.Status.PENDING, mail.getStatus());
        assertDueAbout(Duration.ofMinutes(2), before, mail);

        mail.failed("x".repeat(800), 3);
        assertEquals(OutgoingMail.Status.FAILED, mail.getStatus());
        assertEquals(3, mail.getAttempts());
        assertEquals(500, mail.getLastError().length(), "the error is kept short");
    }

    @Test
    void a_mail_given_up_and_sent_again_starts_from_its_first_attempt_at_once() {
        OutgoingMail mail = new OutgoingMail("key", "kari@baerum.test", "Emne", "Tekst", null);
        mail.failed(null, 1);
        assertEquals(OutgoingMail.Status.FAILED, mail.getStatus());
        assertEquals("unknown", mail.getLastError());

        LocalDateTime before = NorwegianTime.now();
        mail.resend();
        assertEquals(OutgoingMail.Status.PENDING, mail.getStatus());
        assertEquals(0, mail.getAttempts());
        assertTrue(!mail.getNextAttemptAt().isBefore(before) && !mail.getNextAttemptAt().isAfter(NorwegianTime.now()), "due now");

        mail.sent();
        assertEquals(OutgoingMail.Status.SENT, mail.getStatus());
        assertEquals(null, mail.getLastError());
    }
}
