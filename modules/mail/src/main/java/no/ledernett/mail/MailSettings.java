package no.ledernett.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How to reach the mail server, from MicroProfile Config ({@code ledernett.mail.*}). */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "ledernett.mail.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "ledernett.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "ledernett.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "ledernett.mail.from", defaultValue = "Ledernett <ledernett@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "ledernett.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "ledernett.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "ledernett.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "ledernett.mail.poll-seconds", defaultValue = "30")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "ledernett.mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    /** After this many failed attempts a mail is given up and left for staff to see, and to send again. */
    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    public boolean enabled() {
        return enabled;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String from() {
        return from;
    }

    public int pollSeconds() {
        return Math.max(1, pollSeconds);
    }

    public Optional<String> username() {
        return username.filter(u -> !u.isBlank());
    }

    public Optional<String> password() {
        return password;
    }

    Properties properties() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.auth", String.valueOf(username().isPresent()));
        p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        return p;
    }
}
