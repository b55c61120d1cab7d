package no.ledernett.mail.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.ledernett.platform.AdminSection;
import no.ledernett.platform.Attention;
import no.ledernett.platform.AttentionSource;
import no.ledernett.platform.Viewer;
import no.ledernett.mail.MailTexts;
import no.ledernett.mail.Outbox;

/** The outbox in the admin menu (staff only), and its line on the start page: mails that could not be sent. */
@ApplicationScoped
public class MailSection implements AttentionSource {

    @Inject
    Outbox outbox;

    @Produces
    AdminSection mail() {
        return new AdminSection(MailTexts.TEXTS, "mail.section", "/admin/mail/index", "/admin/mail/", 45);
    }

    @Override
    public List<Attention> attention(Viewer viewer, LocalDate today, Locale locale) {
        if (!viewer.is(Viewer.Role.STAFF)) {
            return List.of();
        }
        return List.of(new Attention(MailTexts.TEXTS, "attention.mailFailed", outbox.failed(), "/admin/mail/index.xhtml?status=FAILED", true, 50));
    }
}
