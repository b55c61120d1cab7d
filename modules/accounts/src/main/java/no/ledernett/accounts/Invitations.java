package no.ledernett.accounts;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.ledernett.platform.Audited;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;

import static no.ledernett.accounts.Accounts.RULES;
import static no.ledernett.accounts.Accounts.normal;

/** New users: created with the role they are tied to, and mailed a one-time link to choose a password (again, when the first expired). */
@ApplicationScoped
public class Invitations {

    public record Invitation(String email, String name, String role, String municipality, Long leaderId, Long adviserId) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    AccountRoles roles;

    @Inject
    PasswordLinks links;

    @Inject
    AccountsConfig config;

    @Inject
    Event<Audited> audit;

    /** Creates the user and e-mails a one-time link to choose a password. */
    @Transactional
    public UserAccount invite(Invitation input, Viewer by) {
        Rules rules = new Rules().required("email", input.email()).email("email", input.email()).maxLength("email", input.email(), 254)
                .required("name", input.name()).maxLength("name", input.name(), 200).required("role", input.role());
        Viewer.Role role = AccountRoles.role(input.role(), rules);
        rules.check();
        String email = normal(input.email());
        if (accounts.byEmail(email).isPresent()) {
            throw new InvalidInputException(Violation.of(RULES, "email", "email.taken"));
        }
        AccountRoles.Link link = roles.link(role, input.municipality(), input.leaderId(), input.adviserId(), email, null);
        UserAccount account = new UserAccount(email, input.name().trim(), role, link.leaderId(), link.adviserId(), link.municipality());
        em.persist(account);
        em.flush();
        links.send(account, "invitation", "validity.days", config.invitationValidity().toDays(), config.invitationValidity());
        account.invited(java.time.Instant.now());
        audit.fire(new Audited(by, "user.invite", "user:" + account.getId()));
        return account;
    }

    /** Sends a new invitation link, e.g. when the first one expired. */
    @Transactional
    public void reinvite(long userId, Viewer by) {
        UserAccount account = accounts.get(userId);
        links.send(account, "invitation", "validity.days", config.invitationValidity().toDays(), config.invitationValidity());
        account.invited(java.time.Instant.now());
        audit.fire(new Audited(by, "user.reinvite", "user:" + userId));
    }
}
