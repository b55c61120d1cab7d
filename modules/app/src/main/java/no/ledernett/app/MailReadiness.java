package no.ledernett.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.net.Socket;
import no.ledernett.mail.MailSettings;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports whether the mail server answers, but never makes the instance unready: mails wait in
 * the outbox and are retried, so a mail outage must not take the screens and API away. Checks at
 * most every 30 s, with a 1 s connect timeout.
 */
@Readiness
@ApplicationScoped
public class MailReadiness implements HealthCheck {

    private static final long CHECK_EVERY_MS = 30_000;

    @Inject
    MailSettings settings;

    private volatile long checkedAt;
    private volatile String state = "not checked";

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("mail").up().withData("enabled", settings.enabled());
        if (!settings.enabled()) {
            return response.withData("server", "not used: mails stay in the outbox").build();
        }
        long now = System.currentTimeMillis();
        if (now - checkedAt > CHECK_EVERY_MS) {
            state = reachable() ? "reachable" : "not reachable: mails wait in the outbox and are retried";
            checkedAt = now;
        }
        return response.withData("server", state).build();
    }

    private boolean reachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(settings.host(), settings.port()), 1000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
