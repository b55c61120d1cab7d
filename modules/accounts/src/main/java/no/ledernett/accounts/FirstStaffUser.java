package no.ledernett.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import no.ledernett.platform.ApplicationStarted;
import no.ledernett.platform.Viewer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A new production database has no users, so nobody could sign in to invite the others. When
 * {@code ledernett.accounts.first-staff-email} is set and no staff user exists, that address gets
 * an invitation (and the operator a line in the log saying so).
 */
@ApplicationScoped
public class FirstStaffUser {

    private static final Logger LOG = Logger.getLogger(FirstStaffUser.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    Invitations invitations;

    @Inject
    @ConfigProperty(name = "ledernett.accounts.first-staff-email")
    Optional<String> email;

    void invite(@Observes ApplicationStarted started) {
        if (email.isEmpty() || email.get().isBlank() || accounts.count(Viewer.Role.STAFF) > 0) {
            return;
        }
        invitations.invite(new Invitations.Invitation(email.get().trim(), "Administrator", "STAFF", null, null, null), Viewer.staff());
        LOG.warning("No staff user existed: an invitation to choose a password was e-mailed to " + email.get().trim()
                + " (see /api/mail as that user, or the mail server, if it does not arrive)");
    }
}
