package no.ledernett.mail;

import no.ledernett.platform.NorwegianTime;
import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends due mails from the outbox with Jakarta Mail, one transaction per mail. */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject no.ledernett.platform.OperationsMetrics metrics;

    @Inject
    jakarta.enterprise.event.Event<MailFailedForGood> givenUp;

    /** In a transaction: outside one, a container-managed EntityManager on a scheduler thread is closed after its first use. */
    @Transactional
    public List<Long> due(int max) {
        return em.createQuery("SELECT m.id FROM OutgoingMail m WHERE m.status = :pending AND m.nextAttemptAt <= :now ORDER BY m.id", Long.class)
                .setParameter("pending", OutgoingMail.Status.PENDING).setParameter("now", NorwegianTime.now())
                .setMaxResults(max).getResultList();
    }

    /** Sends one mail; a failure is recorded for a later retry, never thrown, and the last one is told ({@link MailFailedForGood}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliver(long id) {
        OutgoingMail mail = em.find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || mail.getStatus() != OutgoingMail.Status.PENDING) {
            return;
        }
        try {
            Transport.send(message(mail));
            mail.sent();
            metrics.mailSent();
        } catch (MessagingException | RuntimeException e) {
            // The address is personal data: log the mail's id, not its recipient.
            LOG.log(Level.WARNING, "Mail " + id + " not sent (attempt " + (mail.getAttempts() + 1) + "): " + e.getClass().getSimpleName() + ", see the outbox"); // a server's message may name the recipient
            metrics.mailFailed();
            mail.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), settings.maxAttempts());
            if (mail.getStatus() == OutgoingMail.Status.FAILED) {
                givenUp.fire(new MailFailedForGood(id, mail.getDedupeKey(), mail.getSubject()));
            }
        }
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException {
        Session session = settings.username().isPresent()
                ? Session.getInstance(settings.properties(), new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(settings.username().get(), settings.password().orElse(""));
                    }
                })
                : Session.getInstance(settings.properties());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setSentDate(new Date());
        if (mail.getCalendar() == null) {
            message.setText(mail.getBody(), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.getBody(), "UTF-8");
            MimeBodyPart calendar = new MimeBodyPart();
            String method = mail.getCalendar().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.getCalendar().getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=" + method)));
            calendar.setFileName("invitasjon.ics");
            MimeMultipart parts = new MimeMultipart("mixed");
            parts.addBodyPart(text);
            parts.addBodyPart(calendar);
            message.setContent(parts);
        }
        return message;
    }
}
