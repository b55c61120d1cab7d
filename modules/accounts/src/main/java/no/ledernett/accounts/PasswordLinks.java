package no.ledernett.accounts;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import no.ledernett.platform.Audited;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;
import no.ledernett.mail.Outbox;

import static no.ledernett.accounts.Accounts.MAIL;
import static no.ledernett.accounts.Accounts.RULES;
import static no.ledernett.accounts.Accounts.normal;

/**
 * One-time links to choose a password: mailed with an invitation or on a reset request, or handed
 * to staff to pass on; and the password chosen with one, which ends the account's sessions
 * everywhere. Only a link's hash is kept.
 */
@ApplicationScoped
public class PasswordLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    AccountLanguages languages;

    @Inject
    AccountsConfig config;

    @Inject
    Outbox outbox;

    @Inject
    Event<Audited> audit;

    @Inject
    SignInThrottle throttle;

    Clock clock = Clock.systemUTC();

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
        accounts.byEmail(normal(email)).filter(UserAccount::isActive)
                .filter(a -> a.resetAllowed(clock.instant(), config.resetsPerAddress(), java.time.Duration.ofHours(1)))
                .ifPresent(a -> send(a, "reset", "validity.hours", config.resetValidity().toHours(), config.resetValidity()));
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
        UserAccount account = accounts.get(userId);
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

    /** Mails a new one-time link of this kind (invitation or reset), valid this long; any link sent before no longer works. */
    void send(UserAccount account, String kind, String validityKey, long validityAmount, java.time.Duration valid) {
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
        accounts.ended(changed);
        audit.fire(new Audited(account.viewer(), "password.set", "user:" + account.getId()));
        return account;
    }
}
