package no.ledernett.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

import static no.ledernett.accounts.Accounts.normal;

/**
 * Sign-in with a password, throttled per client and address ({@link SignInThrottle}: a wait that
 * doubles after repeated failures, never a lock on the account itself).
 */
@ApplicationScoped
public class PasswordSignIn {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    SignInThrottle throttle;

    Clock clock = Clock.systemUTC();

    /**
     * Checks a password from a client. After {@code free-attempts} failures in a row from this client
     * with this address (known or not, alike) the client waits, and each further failure doubles the
     * wait (up to a limit); during the wait even the right password is refused, without being
     * checked. Another client, such as the owner's own, is not affected.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Accounts.SignIn verify(String email, String password, String client) {
        long wait = throttle.waitSeconds(client, email);
        if (wait > 0) {
            return new Accounts.SignIn(Accounts.SignIn.Outcome.THROTTLED, null, wait);
        }
        Optional<UserAccount> found = email == null ? Optional.empty() : accounts.byEmail(normal(email)).filter(UserAccount::isActive);
        // An unknown address costs the same PBKDF2 check as a known one (a decoy hash), so timing does not tell them apart.
        if (password != null && passwords.matches(password, found.map(UserAccount::passwordHash).orElse(null)) && found.isPresent()) {
            throttle.succeeded(client, email);
            UserAccount account = em.find(UserAccount.class, found.get().getId());
            latest(account).signedIn(clock.instant());
            return new Accounts.SignIn(Accounts.SignIn.Outcome.OK, account, 0);
        }
        long after = throttle.failed(client, email);
        return new Accounts.SignIn(after > 0 ? Accounts.SignIn.Outcome.THROTTLED : Accounts.SignIn.Outcome.WRONG, null, after);
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
}
