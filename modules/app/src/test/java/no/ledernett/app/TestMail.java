package no.ledernett.app;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** GreenMail, as the classes that read the application's mail use it. */
final class TestMail {

    private TestMail() {
    }

    /** Starts GreenMail again after a stop; the port can take a moment to be free (and a busy machine to start it). */
    static void restart(GreenMailExtension mail) throws InterruptedException {
        for (int attempt = 1; mail.getSmtp() == null || !mail.getSmtp().isRunning(); attempt++) {
            try {
                mail.start();
            } catch (IllegalStateException e) {
                if (attempt >= 20) {
                    throw e;
                }
                try {
                    mail.stop();
                } catch (RuntimeException ignored) {
                    // not started: nothing to stop
                }
                Thread.sleep(1000);
            }
        }
    }

    /** The mails caught so far to one address whose subject starts so. */
    static List<MimeMessage> to(GreenMailExtension mail, String address, String subjectStart) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(address) && m.getSubject().startsWith(subjectStart);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
