package no.ledernett.accounts;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import no.ledernett.matching.Advisers;
import no.ledernett.municipalities.Leaders;
import no.ledernett.municipalities.MunicipalityDirectory;
import no.ledernett.platform.Audited;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;

import static no.ledernett.accounts.Accounts.RULES;
import static no.ledernett.accounts.Accounts.normal;

/**
 * An account's role and what it is tied to: a contact's municipality, a participant's leader, an
 * adviser. Checked when a user is invited ({@link Invitations}) and when staff give a user another
 * role, which ends the user's sessions everywhere.
 */
@ApplicationScoped
public class AccountRoles {

    /** A new role for a user, with what that role needs: a municipality for a contact, a leader for a participant, an adviser for an adviser. */
    public record RoleChange(String role, String municipality, Long leaderId, Long adviserId) implements Serializable {
    }

    /** What a role is tied to, as {@link #link} found it. */
    record Link(Viewer.Role role, String municipality, Long leaderId, Long adviserId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Leaders leaders;

    @Inject
    Advisers advisers;

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    Event<Audited> audit;

    Clock clock = Clock.systemUTC();

    static Viewer.Role role(String name, Rules rules) {
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
    Link link(Viewer.Role role, String municipalityNumber, Long leaderIdGiven, Long adviserIdGiven, String email, Long accountId) {
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
        UserAccount account = accounts.get(id);
        if (by != null && by.userId() != null && by.userId() == id) {
            throw new InvalidInputException(Violation.of(RULES, "id", "user.self"));
        }
        Rules rules = new Rules().required("role", change.role());
        Viewer.Role role = role(change.role(), rules);
        rules.check();
        Link link = link(role, change.municipality(), change.leaderId(), change.adviserId(), account.getEmail(), account.getId());
        account.changeRole(link.role(), link.leaderId(), link.adviserId(), link.municipality(), clock.instant());
        accounts.ended(account);
        audit.fire(new Audited(by, "user.role", "user:" + id));
        return account;
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
}
