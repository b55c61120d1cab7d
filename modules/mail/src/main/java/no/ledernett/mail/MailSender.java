package no.ledernett.mail;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ledernett.platform.ApplicationStarted;
import no.ledernett.platform.Cluster;

/**
 * Sends what the outbox holds, every {@code ledernett.mail.poll-seconds}, whichever module queued it
 * (invitations from accounts, meeting and coaching notices from sessions). In a cluster only the
 * leading instance sends ({@link Cluster#leads()}); the row lock taken in {@link MailDelivery#deliver}
 * keeps a mail single even when two instances briefly both think they lead.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    MailSettings settings;

    @Inject
    MailDelivery delivery;

    @Inject
    Cluster cluster;

    private ScheduledFuture<?> task;

    void start(@Observes ApplicationStarted started) throws javax.naming.NamingException {
        if (!settings.enabled()) {
            return; // mails wait in the outbox, where staff can read and resend them
        }
        // Looked up here rather than injected: Payara does not resolve @Resource(lookup) for this type in library jars.
        ManagedScheduledExecutorService scheduler = javax.naming.InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
        task = scheduler.scheduleWithFixedDelay(this::sendDue, settings.pollSeconds(), settings.pollSeconds(), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void sendDue() {
        if (!cluster.leads()) {
            return;
        }
        try {
            for (Long id : delivery.due(50)) {
                delivery.deliver(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending mail failed; the next run tries again", e);
        }
    }
}
