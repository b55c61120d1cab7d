package no.ledernett.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.ledernett.platform.Audited;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NorwegianTime;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;

/**
 * API tokens: staff and municipality contacts make named tokens for the programs they connect
 * (an HR system's leader sync, a reporting tool). A token acts as the user who made it, with no
 * more rights than they have, and read-only if made so. The token is shown once; only its SHA-256
 * is kept. It is looked up in the database on every request, so a revoked token is refused at once
 * on every instance of a cluster. Every use is written to the audit log.
 */
@ApplicationScoped
public class ApiTokens {

    /** Marks a token, so that secret scanners (and people) can tell it from other random strings. */
    static final String PREFIX = "lnt_";

    /** Request attribute holding the id of the token a request signed in with. */
    public static final String VIA_TOKEN = ApiTokens.class.getName() + ".token";

    static final int MAX_DAYS = 366;
    static final int DEFAULT_DAYS = 90;
    static final int MAX_NAME = 100;

    /** Last use is written at most once a minute per token and instance: a sync job's thousand calls are not a thousand writes. */
    private static final Duration LAST_USE_GRANULARITY = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Audited> audit;

    private final Map<Long, Instant> lastUseWritten = new ConcurrentHashMap<>();

    /** A token just made, with the secret to show its owner this once. */
    public record Created(ApiToken token, String secret) {
    }

    /** Who may hold tokens: staff and contacts; advisers and leaders read confidential text and sign in themselves. */
    static boolean mayHoldTokens(Viewer viewer) {
        return viewer != null && viewer.userId() != null && (viewer.is(Viewer.Role.STAFF) || viewer.is(Viewer.Role.CONTACT));
    }

    @Transactional
    public Created create(Viewer owner, String name, String scope, String expiresOn) {
        if (!mayHoldTokens(owner)) {
            throw new NotFoundException("ApiToken", "new");
        }
        Rules rules = new Rules().required("name", name == null ? null : name.strip()).maxLength("name", name, MAX_NAME);
        ApiToken.Scope chosen = rules.oneOf("scope", scope, ApiToken.Scope.class, Accounts.RULES, "token.scope", ApiToken.Scope.READ);
        LocalDate today = NorwegianTime.today();
        LocalDate last = rules.dateIfGiven("expiresOn", expiresOn, Accounts.RULES, "token.expiresOn");
        if (last == null && !rules.has("expiresOn")) {
            last = today.plusDays(DEFAULT_DAYS);
        }
        if (last != null && (last.isBefore(today) || last.isAfter(today.plusDays(MAX_DAYS)))) {
            rules.add(Violation.of(Accounts.RULES, "expiresOn", "token.expiresOn.range", MAX_DAYS));
        }
        rules.check();
        String secret = PREFIX + Passwords.newToken();
        UserAccount account = em.find(UserAccount.class, owner.userId());
        ApiToken token = new ApiToken(account, name.strip(), Passwords.tokenHash(secret), chosen, Instant.now(), last);
        em.persist(token);
        em.flush();
        audit.fire(new Audited(owner, "api-token.create", "api-token:" + token.getId() + ":" + chosen));
        return new Created(token, secret);
    }

    /** One's own tokens, newest first; staff may ask for everyone's (to revoke a departed contact's). */
    public List<ApiToken> list(Viewer viewer, boolean everyone) {
        if (!mayHoldTokens(viewer)) {
            throw new NotFoundException("ApiToken", "list");
        }
        boolean all = everyone && viewer.is(Viewer.Role.STAFF);
        var query = em.createQuery("SELECT t FROM ApiToken t JOIN FETCH t.account a" + (all ? "" : " WHERE a.id = :owner")
                + " ORDER BY t.createdAt DESC, t.id DESC", ApiToken.class);
        if (!all) {
            query.setParameter("owner", viewer.userId());
        }
        return query.setMaxResults(500).getResultList();
    }

    /** Revokes a token: its owner, or staff. Anyone else finds nothing there. Revoking twice changes nothing. */
    @Transactional
    public ApiToken revoke(Viewer viewer, long id) {
        ApiToken token = em.find(ApiToken.class, id);
        boolean own = token != null && viewer != null && viewer.userId() != null && token.getAccount().getId().equals(viewer.userId());
        if (token == null || !mayHoldTokens(viewer) || !(own || viewer.is(Viewer.Role.STAFF))) {
            throw new NotFoundException("ApiToken", id);
        }
        if (token.getRevokedAt() == null) {
            token.revoke(Instant.now());
            audit.fire(new Audited(viewer, "api-token.revoke", "api-token:" + id));
        }
        return token;
    }

    /** The token's owner as a signed-in user, when the token is known and usable; its use is recorded. */
    @Transactional
    public Optional<ApiToken> use(String secret, String method, String path) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiToken> found = em.createQuery("SELECT t FROM ApiToken t JOIN FETCH t.account WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", Passwords.tokenHash(secret)).getResultStream().findFirst()
                .filter(t -> t.usable(NorwegianTime.today()));
        found.ifPresent(token -> {
            Instant now = Instant.now();
            Instant written = lastUseWritten.get(token.getId());
            if (written == null || written.plus(LAST_USE_GRANULARITY).isBefore(now)) {
                em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id").setParameter("now", now)
                        .setParameter("id", token.getId()).executeUpdate();
                lastUseWritten.put(token.getId(), now);
            }
            audit.fire(new Audited(token.getAccount().viewer(), "api-token.use", "api-token:" + token.getId() + " " + method + " " + path));
        });
        return found;
    }
}
