package no.ledernett.accounts;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.ledernett.matching.Advisers;
import no.ledernett.municipalities.Leader;
import no.ledernett.municipalities.Leaders;
import no.ledernett.municipalities.MunicipalityDirectory;
import no.ledernett.platform.Audited;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;
import no.ledernett.sessions.Outbox;

/**
 * Users and their passwords: invitations and resets by one-time link, sign-in with throttling
 * (a wait that doubles after repeated failures, never a permanent lock), disabling.
 */
@ApplicationScoped
public class Accounts {

    static final String RULES = "no.ledernett.accounts.Rules";
    static final String MAIL = "no.ledernett.accounts.Mail";

    /** What a sign-in attempt came to. */
    public record SignIn(Outcome outcome, UserAccount account, long waitSeconds) implements Serializable {

        public enum Outcome { OK, WRONG, THROTTLED, UNAVAILABLE }
    }

    public record Invitation(String email, String name, String role, String municipality, Long leaderId, Long adviserId) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AccountLanguages languages;

    @Inject
    AccountsConfig config;

    @Inject
    Outbox outbox;

    @Inject
    Leaders leaders;

    @Inject
    Advisers advisers;

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    Event<Audited> audit;

    Clock clock = Clock.systemUTC();

    /** Creates the user and e-mails a one-time link to choose a password. */
    @Transactional
    public UserAccount invite(Invitation input, Viewer by) {
        Rules rules = new Rules().required("email", input.email()).email("email", input.email()).maxLength("email", input.email(), 254)
                .required("name", input.name()).maxLength("name", input.name(), 200).required("role", input.role());
        Viewer.Role role = null;
        try {
            role = input.role() == null ? null : Viewer.Role.valueOf(input.role().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            rules.add(Violation.of(RULES, "role", "role.unknown"));
        }
        if (role == Viewer.Role.ANONYMOUS) {
            rules.add(Violation.of(RULES, "role", "role.unknown"));
        }
        rules.check();
        String email = normal(input.email());
        if (byEmail(email).isPresent()) {
            throw new InvalidInputException(Violation.of(RULES, "email", "email.taken"));
        }
        String municipality = null;
        Long leaderId = null;
        Long adviserId = null;
        switch (role) {
            case CONTACT -> municipality = municipality(input.municipality());
            case PARTICIPANT -> {
                if (input.leaderId() == null) {
                    throw new InvalidInputException(Violation.of("leaderId", "required"));
                }
                Leader leader = find(() -> leaders.get(input.leaderId()), "leaderId");
                leaderId = leader.getId();
                municipality = leader.getMunicipalityNumber();
            }
            case ADVISER -> {
                if (input.adviserId() == null) {
                    throw new InvalidInputException(Violation.of("adviserId", "required"));
                }
                adviserId = find(() -> advisers.get(input.adviserId()), "adviserId").getId();
            }
            default -> {
            }
        }
        UserAccount account = new UserAccount(email, input.name().trim(), role, leaderId, adviserId, municipality);
        em.persist(account);
        em.flush();
        sendLink(account, "invitation", "validity.days", config.invitationValidity().toDays(), config.invitationValidity());
        audit.fire(new Audited(by, "user.invite", "user:" + account.getId()));
        return account;
    }

    /** Sends a reset link if the address is known and active; says nothing either way, so addresses cannot be probed. */
    @Transactional
    public void requestReset(String email) {
        byEmail(normal(email)).filter(UserAccount::isActive)
                .ifPresent(a -> sendLink(a, "reset", "validity.hours", config.resetValidity().toHours(), config.resetValidity()));
    }

    /** Sends a new invitation link, e.g. when the first one expired. */
    @Transactional
    public void reinvite(long userId, Viewer by) {
        UserAccount account = get(userId);
        sendLink(account, "invitation", "validity.days", config.invitationValidity().toDays(), config.invitationValidity());
        audit.fire(new Audited(by, "user.reinvite", "user:" + userId));
    }

    private void sendLink(UserAccount account, String kind, String validityKey, long validityAmount, java.time.Duration valid) {
        java.util.Locale locale = languages.mailLanguage(account).locale();
        String validity = Texts.format(MAIL, locale, validityKey, validityAmount);
        String token = Passwords.newToken();
        Instant now = clock.instant();
        account.issueToken(Passwords.tokenHash(token), now.plus(valid));
        String link = config.link("/password.xhtml?token=" + token);
        outbox.queue(kind + ":user:" + account.getId() + ":" + now.toEpochMilli(), account.getEmail(),
                Texts.format(MAIL, locale, kind + ".subject"),
                Texts.format(MAIL, locale, kind + ".body", account.getName(), link, validity), null);
    }

    /** Whose link this is, if it is still valid. */
    public Optional<UserAccount> byToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.tokenHash = :h", UserAccount.class)
                .setParameter("h", Passwords.tokenHash(token.trim())).getResultStream().findFirst()
                .filter(u -> u.tokenValid(clock.instant()) && u.isActive());
    }

    /** Sets the password with a valid one-time link; the link is used up. */
    @Transactional
    public UserAccount choosePassword(String token, String password, String repeated) {
        UserAccount account = byToken(token).orElseThrow(() -> new InvalidInputException(Violation.of(RULES, "token", "token.invalid")));
        Rules rules = new Rules().required("password", password);
        if (password != null && password.length() < Passwords.MIN_LENGTH) {
            rules.add(Violation.of(RULES, "password", "password.short", Passwords.MIN_LENGTH));
        }
        if (password != null && password.length() > 200) {
            rules.add(Violation.of("password", "maxLength", 200));
        }
        if (password != null && password.equalsIgnoreCase(account.getEmail())) {
            rules.add(Violation.of(RULES, "password", "password.email"));
        }
        if (password != null && !password.equals(repeated)) {
            rules.add(Violation.of(RULES, "repeated", "password.repeat"));
        }
        rules.check();
        em.find(UserAccount.class, account.getId()).setPassword(passwords.hash(password));
        audit.fire(new Audited(account.viewer(), "password.set", "user:" + account.getId()));
        return account;
    }

    /**
     * Checks a password. After {@code free-attempts} failures in a row the account waits, and each
     * further failure doubles the wait (up to a limit); during the wait even the right password is
     * refused, without being checked.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SignIn verify(String email, String password) {
        Instant now = clock.instant();
        Optional<UserAccount> found = email == null ? Optional.empty() : byEmail(normal(email));
        if (found.isEmpty() || !found.get().isActive()) {
            passwords.matches(password == null ? "" : password, null);
            return new SignIn(SignIn.Outcome.WRONG, null, 0);
        }
        UserAccount account = em.find(UserAccount.class, found.get().getId());
        long wait = account.lockedSeconds(now);
        if (wait > 0) {
            return new SignIn(SignIn.Outcome.THROTTLED, null, wait);
        }
        if (password != null && passwords.matches(password, account.passwordHash())) {
            latest(account).signedIn(clock.instant());
            return new SignIn(SignIn.Outcome.OK, account, 0);
        }
        // The wait runs from the end of the (deliberately slow) check, not its start.
        Instant checked = clock.instant();
        latest(account).failed(checked, config.freeAttempts(), config.lockoutSeconds(), config.maxLockoutSeconds());
        long after = account.lockedSeconds(checked);
        return new SignIn(after > 0 ? SignIn.Outcome.THROTTLED : SignIn.Outcome.WRONG, null, after);
    }

    /**
     * The account as it is now, locked until this sign-in is recorded. Several requests with the
     * same credentials check them at once (an API client's parallel calls); each records its
     * outcome on the row as the previous one left it, instead of failing on a stale version.
     * Taken after the slow password check, so the lock is held only for the update.
     */
    private UserAccount latest(UserAccount account) {
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        return account;
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
        long total = count(text, role, municipality);
        List<UserAccount> items = filtered("SELECT u", " ORDER BY u.name, u.id", text, role, municipality, UserAccount.class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    public long count(String text, Viewer.Role role, String municipality) {
        return filtered("SELECT COUNT(u)", "", text, role, municipality, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, String order, String text, Viewer.Role role, String municipality, Class<T> type) {
        String q = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        String where = " FROM UserAccount u WHERE 1 = 1"
                + (q.isEmpty() ? "" : " AND (LOWER(u.name) LIKE :q OR u.email LIKE :q)")
                + (role == null ? "" : " AND u.role = :r")
                + (municipality == null || municipality.isBlank() ? "" : " AND u.municipality = :m");
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
        account.disable();
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
        account.setPassword(passwords.hash(password));
        em.persist(account);
        return account;
    }

    public long count(Viewer.Role role) {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.role = :r", Long.class).setParameter("r", role).getSingleResult();
    }

    private String municipality(String number) {
        if (number == null || number.isBlank()) {
            throw new InvalidInputException(Violation.of("municipality", "required"));
        }
        return municipalities.require("municipality", number).getNumber();
    }

    private static <T> T find(java.util.function.Supplier<T> lookup, String field) {
        try {
            return lookup.get();
        } catch (NotFoundException e) {
            throw new InvalidInputException(Violation.of(RULES, field, "unknown"));
        }
    }

    static String normal(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
