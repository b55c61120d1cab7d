package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Follows an invitation as its receiver would: the link from the e-mail GreenMail caught, then a password. */
final class TestAccounts {

    static final String PASSWORD = "et godt passord for testen";
    private static final Pattern LINK = Pattern.compile("password\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    private TestAccounts() {
    }

    /** The token of the newest invitation or reset link sent to this address, waiting up to 30 s for the mail. */
    static String token(GreenMailExtension mail, String email) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            MimeMessage[] to = Arrays.stream(mail.getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(email)).toArray(MimeMessage[]::new);
            if (to.length > 0) {
                Matcher link = LINK.matcher(GreenMailUtil.getBody(to[to.length - 1]).replace("=\r\n", "").replace("=3D", "="));
                assertTrue(link.find(), "a link in the mail");
                return link.group(1);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail to " + email);
    }

    static String choosePassword(URL base, GreenMailExtension mail, String email) throws InterruptedException {
        String token = token(mail, email);
        Api.anonymous(base).post("api/password", """
                {"token":"%s","password":"%s","repeated":"%s"}""".formatted(token, PASSWORD, PASSWORD)).expect(204);
        return PASSWORD;
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }
}
