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
import no.ledernett.mail.Outbox;

/**
 * Users and their passwords: invitations and resets by one-time link, sign-in with throttling
 * per client and address ({@link SignInThrottle}: a wait that doubles after repeated failures,
 * never a lock on the account itself), disabling and changing roles. Disabling, a new password
 * and a new role end the account's sessions everywhere ({@link CredentialsChanged}).
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

    /** A new role for a user, with what that role needs: a municipality for a contact, a leader for a participant, an adviser for an adviser. */
    public record RoleChange(String role, String municipality, Long leaderId, Long adviserId) implements Serializable {
    }

    private record Link(Viewer.Role role, String municipality, Long leaderId, Long adviserId) {
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

    @Inject
    Event<CredentialsChanged> credentialsChanged;

    @Inject
    SignInThrottle throttle;

    Clock clock = Clock.systemUTC();

    /** Creates the user and e-mails a one-time link to choose a password. */
    @Transactional
    public UserAccount invite(Invitation input, Viewer by) {
        Rules rules = new Rules().required("email", input.email()).email("email", input.email()).maxLength("email", input.email(), 254)
                .required("name", input.name()).maxLength("name", input.name(), 200).required("role", input.role());
        Viewer.Role role = role(input.role(), rules);
        rules.check();
        String email = normal(input.email());
        if (byEmail(email).isPresent()) {
            throw new InvalidInputException(Violation.of(RULES, "email", "email.taken"));
        }
        Link link = link(role, input.municipality(), input.leaderId(), input.adviserId(), email, null);
        UserAccount account = new UserAccount(email, input.name().trim(), role, link.leaderId(), link.adviserId(), link.municipality());
        em.persist(account);
        em.flush();
        sendLink(account, "invitation", "validity.days", config.invitationValidity().toDays(), config.invitationValidity());
        audit.fire(new Audited(by, "user.invite", "user:" + account.getId()));
        return account;
    }

    private static Viewer.Role role(String name, Rules rules) {
        Viewer.Role role = rules.oneOf("role", name, Viewer.Role.class, RULES, "role.unknown", null);
        if (role == Viewer.Role.ANONYMOUS) {
            rules.add(Violation.of(RULES, "role", "role.unknown"));
        }
        return role;
    }

    /**
     * What a role is tied to, checked: a contact's municipality, a participant's leader (and their
     * municipality), an adviser. An account tied to a leader or an adviser reads what that person
     * reads, confidential challenges and notes among it: it must have the address on record for
     * them, and be their only account, so that nobody gets a second key to someone else's text at
     * an address of their own.
     */
    private Link link(Viewer.Role role, String municipalityNumber, Long leaderIdGiven, Long adviserIdGiven, String email, Long accountId) {
        String municipality = null;
        Long leaderId = null;
        Long adviserId = null;
        switch (role) {
            case CONTACT -> municipality = municipality(municipalityNumber);
            case PARTICIPANT -> {
                if (leaderIdGiven == null) {
                    throw new InvalidInputException(Violation.of("leaderId", "required"));
                }
                var leader = find(() -> leaders.details(leaderIdGiven), "leaderId");
                leaderId = leader.id();
                municipality = leader.municipality();
                ownAddressOnly("leaderId", leader.email(), email);
                onlyAccount("leaderId", "SELECT COUNT(u) FROM UserAccount u WHERE u.leaderId = :id AND u.id <> :self", leaderId, accountId);
            }
            case ADVISER -> {
                if (adviserIdGiven == null) {
                    throw new InvalidInputException(Violation.of("adviserId", "required"));
                }
                var adviser = find(() -> advisers.view(adviserIdGiven), "adviserId");
                adviserId = adviser.id();
                ownAddressOnly("adviserId", adviser.email(), email);
                onlyAccount("adviserId", "SELECT COUNT(u) FROM UserAccount u WHERE u.adviserId = :id AND u.id <> :self", adviserId, accountId);
            }
            default -> {
            }
        }
        return new Link(role, municipality, leaderId, adviserId);
    }

    private static void ownAddressOnly(String field, String onRecord, String email) {
        if (onRecord == null || !normal(onRecord).equals(normal(email))) {
            throw new InvalidInputException(Violation.of(RULES, field, "user.notTheirAddress"));
        }
    }

    private void onlyAccount(String field, String jpql, long personId, Long accountId) {
        long others = em.createQuery(jpql, Long.class).setParameter("id", personId).setParameter("self", accountId == null ? -1L : accountId)
                .getSingleResult();
        if (others > 0) {
            throw new InvalidInputException(Violation.of(RULES, field, "user.alreadyHasAccount"));
        }
    }

    /** Gives a user another role; their sessions end, and they sign in again as what they are now. */
    @Transactional
    public UserAccount changeRole(long id, RoleChange change, Viewer by) {
        UserAccount account = get(id);
        if (by != null && by.userId() != null && by.userId() == id) {
            throw new InvalidInputException(Violation.of(RULES, "id", "user.self"));
        }
        Rules rules = new Rules().required("role", change.role());
        Viewer.Role role = role(change.role(), rules);
        rules.check();
        Link link = link(role, change.municipality(), change.leaderId(), change.adviserId(), account.getEmail(), account.getId());
        account.changeRole(link.role(), link.leaderId(), link.adviserId(), link.municipality(), clock.instant());
        ended(account);
        audit.fire(new Audited(by, "user.role", "user:" + id));
        return account;
    }

    /** Every session and remembered credential of this account ends once the transaction commits. */
    private void ended(UserAccount account) {
        credentialsChanged.fire(new CredentialsChanged(account.getId(), account.getCredentialsStamp()));
    }

    /**
     * Sends a reset link if the address is known and active, and neither this client nor this
     * address has had its share of links this hour; says nothing either way, so addresses cannot
     * be probed and nobody's mailbox can be flooded.
     */
    @Transactional
    public void requestReset(String email, String client) {
        if (!throttle.resetAllowed(client)) {
            return;
        }
        byEmail(normal(email)).filter(UserAccount::isActive)
                .filter(a -> a.resetAllowed(clock.instant(), config.resetsPerAddress(), java.time.Duration.ofHours(1)))
                .ifPresent(a -> sendLink(a, "reset", "validity.hours", config.resetValidity().toHours(), config.resetValidity()));
    }

    /** Sends a new invitation link, e.g. when the first one expired. */
    @Transactional
    public void reinvite(long userId, Viewer by) {
        UserAccount account = get(userId);
        sendLink(account, "invitation", "validity.days", config.invitationValidity().toDays(), config.invitationValidity());
        audit.fire(new Audited(by, "user.reinvite", "user:" + userId));
    }

    /** A one-time link handed over by staff rather than mailed: shown once, never stored but as a hash. */
    public record IssuedLink(String url, Instant expires, boolean invitation) implements Serializable {
    }

    /**
     * A new one-time link for staff to pass on themselves (when mail does not reach the user): an
     * invitation link for a user who has not chosen a password yet, else a reset link, each valid as
     * long as a mailed one. It replaces any link sent before; only its hash is kept.
     */
    @Transactional
    public IssuedLink issueLink(long userId, Viewer by) {
        if (by == null || !by.is(Viewer.Role.STAFF)) {
            throw new NotFoundException("User", userId);
        }
        UserAccount account = get(userId);
        if (!account.isActive()) {
            throw new InvalidInputException(Violation.of(RULES, "id", "user.disabled"));
        }
        boolean invitation = !account.hasPassword();
        if (!invitation && (account.getRole() == Viewer.Role.ADVISER || account.getRole() == Viewer.Role.PARTICIPANT)) {
            // Advisers and leaders read confidential text (challenges, notes): a reset link in staff's hands
            // would let staff sign in as them. They reset by mail to their own address ("Glemt passord").
            throw new InvalidInputException(Violation.of(RULES, "id", "user.resetByMailOnly"));
        }
        Instant expires = clock.instant().plus(invitation ? config.invitationValidity() : config.resetValidity());
        String token = Passwords.newToken();
        account.issueToken(Passwords.tokenHash(token), expires);
        audit.fire(new Audited(by, invitation ? "user.invitation-link" : "user.reset-link", "user:" + userId));
        return new IssuedLink(config.link("/password.xhtml?token=" + token), expires, invitation);
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
        UserAccount changed = em.find(UserAccount.class, account.getId());
        changed.setPassword(passwords.hash(password), clock.instant());
        ended(changed);
        audit.fire(new Audited(account.viewer(), "password.set", "user:" + account.getId()));
        return account;
    }

    /**
     * Checks a password from a client. After {@code free-attempts} failures in a row from this client
     * with this address (known or not, alike) the client waits, and each further failure doubles the
     * wait (up to a limit); during the wait even the right password is refused, without being
     * checked. Another client, such as the owner's own, is not affected.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SignIn verify(String email, String password, String client) {
        long wait = throttle.waitSeconds(client, email);
        if (wait > 0) {
            return new SignIn(SignIn.Outcome.THROTTLED, null, wait);
        }
        Optional<UserAccount> found = email == null ? Optional.empty() : byEmail(normal(email)).filter(UserAccount::isActive);
        // An unknown address costs the same PBKDF2 check as a known one (a decoy hash), so timing does not tell them apart.
        if (password != null && passwords.matches(password, found.map(UserAccount::passwordHash).orElse(null)) && found.isPresent()) {
            throttle.succeeded(client, email);
            UserAccount account = em.find(UserAccount.class, found.get().getId());
            latest(account).signedIn(clock.instant());
            return new SignIn(SignIn.Outcome.OK, account, 0);
        }
        long after = throttle.failed(client, email);
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

    private String municipality(String number) {
        if (number == null || number.isBlank()) {
            throw new InvalidInputException(Violation.of("municipality", "required"));
        }
        return municipalities.requireNumber("municipality", number).value();
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
