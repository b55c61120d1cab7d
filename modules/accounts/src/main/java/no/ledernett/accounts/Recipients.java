package no.ledernett.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import no.ledernett.platform.Language;
import no.ledernett.platform.Viewer;

/**
 * The users other modules tell things (notifications): staff, an adviser's own account, and who
 * was invited and has not come. Active accounts only; each with the address and language their
 * mail goes out in. One statement per call.
 */
@ApplicationScoped
public class Recipients {

    /** A user to tell, by id, with their name, address and the language of their mail. */
    public record Recipient(long userId, String name, String email, Language language) implements Serializable {
    }

    /** A user invited who has not chosen a password yet, and when the link they have was sent. */
    public record PendingInvitation(long userId, String name, Instant invited) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountLanguages languages;

    @Inject
    AccountsConfig config;

    @Transactional
    public List<Recipient> staff() {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.role = :staff AND u.status = 'ACTIVE' ORDER BY u.id", UserAccount.class)
                .setParameter("staff", Viewer.Role.STAFF).getResultStream().map(this::recipient).toList();
    }

    /** The accounts of these advisers; an adviser without an account is left out. */
    @Transactional
    public List<Recipient> advisers(Collection<Long> adviserIds) {
        if (adviserIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.role = :adviser AND u.adviserId IN :ids AND u.status = 'ACTIVE' ORDER BY u.id",
                        UserAccount.class)
                .setParameter("adviser", Viewer.Role.ADVISER).setParameter("ids", List.copyOf(adviserIds)).getResultStream().map(this::recipient).toList();
    }

    /** Users whose invitation (or latest new link) went out before {@code sentBefore} and who have still not chosen a password. */
    @Transactional
    public List<PendingInvitation> invitationsSentBefore(Instant sentBefore) {
        // The link's expiry is when it was sent plus the validity of an invitation.
        return em.createQuery("SELECT u.id, u.name, u.tokenExpires FROM UserAccount u WHERE u.passwordHash IS NULL AND u.status = 'ACTIVE' "
                        + "AND u.tokenExpires IS NOT NULL AND u.tokenExpires <= :expiry ORDER BY u.id", Object[].class)
                .setParameter("expiry", sentBefore.plus(config.invitationValidity())).getResultStream()
                .map(r -> new PendingInvitation((Long) r[0], (String) r[1], (r[2] instanceof Instant i ? i : ((java.sql.Timestamp) r[2]).toInstant()).minus(config.invitationValidity())))
                .toList();
    }

    private Recipient recipient(UserAccount account) {
        return new Recipient(account.getId(), account.getName(), account.getEmail(), languages.mailLanguage(account));
    }
}
