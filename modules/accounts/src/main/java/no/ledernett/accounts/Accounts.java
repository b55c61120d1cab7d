package no.ledernett.accounts;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.ledernett.platform.Audited;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;

/**
 * Users: found by address or id, listed for staff, disabled and enabled. Disabling, a new password
 * and a new role end the account's sessions everywhere ({@link CredentialsChanged}). Inviting a
 * user is {@link Invitations}, their role {@link AccountRoles}, the links to choose a password
 * {@link PasswordLinks}, and signing in with one {@link PasswordSignIn}.
 */
@ApplicationScoped
public class Accounts {

    static final String RULES = "no.ledernett.accounts.Rules";
    static final String MAIL = "no.ledernett.accounts.Mail";

    /** What a sign-in attempt came to. */
    public record SignIn(Outcome outcome, UserAccount account, long waitSeconds) implements Serializable {

        public enum Outcome { OK, WRONG, THROTTLED, UNAVAILABLE }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Event<Audited> audit;

    @Inject
    Event<CredentialsChanged> credentialsChanged;

    Clock clock = Clock.systemUTC();

    /** Every session and remembered credential of this account ends once the transaction commits. */
    void ended(UserAccount account) {
        credentialsChanged.fire(new CredentialsChanged(account.getId(), account.getCredentialsStamp()));
    }

    public Optional<UserAccount> byEmail(String email) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.email = :e", UserAccount.class)
                .setParameter("e", normal(email)).getResultStream().findFirst();
    }

    public UserAccount get(long id) {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null) {
            throw new NotFoundException("User", id);
        }
        return account;
    }

    /** The users staff look after: search by name or e-mail, filter by role and municipality, paged in the database. */
    public Page<UserAccount> search(String text, Viewer.Role role, String municipality, PageRequest paging) {
        return search(text, role, municipality, false, paging);
    }

    /** @param invitedOnly only active users who have not chosen a password yet: their invitation is not accepted */
    public Page<UserAccount> search(String text, Viewer.Role role, String municipality, boolean invitedOnly, PageRequest paging) {
        long total = count(text, role, municipality, invitedOnly);
        List<UserAccount> items = filtered("SELECT u", " ORDER BY u.name, u.id", text, role, municipality, invitedOnly, UserAccount.class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    public long count(String text, Viewer.Role role, String municipality) {
        return count(text, role, municipality, false);
    }

    public long count(String text, Viewer.Role role, String municipality, boolean invitedOnly) {
        return filtered("SELECT COUNT(u)", "", text, role, municipality, invitedOnly, Long.class).getSingleResult();
    }

    /** Active users who were invited and have not chosen a password yet, in one statement. */
    public long invitationsNotAccepted() {
        return count(null, null, null, true);
    }

    private <T> TypedQuery<T> filtered(String select, String order, String text, Viewer.Role role, String municipality, boolean invitedOnly,
                                       Class<T> type) {
        String q = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        String where = " FROM UserAccount u WHERE 1 = 1"
                + (q.isEmpty() ? "" : " AND (LOWER(u.name) LIKE :q OR u.email LIKE :q)")
                + (role == null ? "" : " AND u.role = :r")
                + (municipality == null || municipality.isBlank() ? "" : " AND u.municipality = :m")
                + (invitedOnly ? " AND u.passwordHash IS NULL AND u.status = 'ACTIVE'" : "");
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (!q.isEmpty()) {
            query.setParameter("q", "%" + q + "%");
        }
        if (role != null) {
            query.setParameter("r", role);
        }
        if (municipality != null && !municipality.isBlank()) {
            query.setParameter("m", municipality.trim());
        }
        return query;
    }

    @Transactional
    public UserAccount disable(long id, Viewer by) {
        UserAccount account = get(id);
        if (by != null && by.userId() != null && by.userId() == id) {
            throw new InvalidInputException(Violation.of(RULES, "id", "user.self"));
        }
        account.disable(clock.instant());
        ended(account);
        audit.fire(new Audited(by, "user.disable", "user:" + id));
        return account;
    }

    @Transactional
    public UserAccount enable(long id, Viewer by) {
        UserAccount account = get(id);
        account.enable();
        audit.fire(new Audited(by, "user.enable", "user:" + id));
        return account;
    }

    /** Creates a user with a password directly: demo data and tests, never a screen. */
    @Transactional
    public UserAccount createWithPassword(String email, String name, Viewer.Role role, Long leaderId, Long adviserId, String municipality,
                                          String password) {
        UserAccount account = new UserAccount(normal(email), name, role, leaderId, adviserId, municipality);
        account.setPassword(passwords.hash(password), clock.instant());
        em.persist(account);
        return account;
    }

    public long count(Viewer.Role role) {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.role = :r", Long.class).setParameter("r", role).getSingleResult();
    }

    static String normal(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
