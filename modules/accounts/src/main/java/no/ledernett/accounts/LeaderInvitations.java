package no.ledernett.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ledernett.municipalities.LeaderRow;
import no.ledernett.municipalities.LeaderView;
import no.ledernett.municipalities.Leaders;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Viewer;

/**
 * A municipality's leaders and their way into the portal: who has not been invited, who was
 * invited and when, who has taken it up; invitations for many at once, and new links for those
 * who have not taken theirs up. Staff act for any municipality, a contact for their own only (any
 * other is not found, as one that does not exist), and a leader id that is not the municipality's
 * is refused the same way, whatever the form or request sent.
 */
@ApplicationScoped
public class LeaderInvitations {

    /** Where a leader stands. */
    public enum InvitationState {
        /** No account yet, and an address to invite. */
        NOT_INVITED,
        /** No account, and no e-mail address to send an invitation to. */
        NO_EMAIL,
        /** Invited; the link is still valid. */
        INVITED,
        /** Invited, but the link ran out before it was used: send a new one. */
        EXPIRED,
        /** Has chosen a password (or signs in with the municipality's account). */
        ACCEPTED,
        /** The account is switched off. */
        DISABLED
    }

    /** One leader as the list shows them. */
    public record InvitationRow(long leaderId, String name, String email, InvitationState state, Instant invitedAt, Instant lastSignIn) implements Serializable {
    }

    /** A municipality's totals, for the page's summary and its buttons. */
    public record InvitationSummary(long leaders, long notInvited, long waiting, long accepted) implements Serializable {
    }

    /** What a bulk action did. */
    public record InvitationOutcome(int invited, int resent, int skipped) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Leaders leaders;

    @Inject
    Invitations invitations;

    /** How many of the municipality's leaders the search finds: one statement. */
    public long count(Viewer viewer, String municipality, String text) {
        return leaders.count(permitted(viewer, municipality), text);
    }

    /** One page of the municipality's leaders (as the search finds them) with where each stands: two statements. */
    @Transactional
    public List<InvitationRow> rows(Viewer viewer, String municipality, String text, PageRequest paging) {
        List<LeaderRow> page = leaders.rows(permitted(viewer, municipality), text, paging);
        Map<Long, UserAccount> accounts = accountsOf(page.stream().map(LeaderRow::id).toList());
        Instant now = Instant.now();
        return page.stream().map(l -> row(l.id(), l.name(), l.email(), accounts.get(l.id()), now)).toList();
    }

    /** {@link #rows} with the count: three statements. */
    public Page<InvitationRow> list(Viewer viewer, String municipality, String text, PageRequest paging) {
        return new Page<>(rows(viewer, municipality, text, paging), count(viewer, municipality, text), paging.page(), paging.size());
    }

    /** How many leaders, and how many of them are invited and waiting or have taken it up: two statements. */
    @Transactional
    public InvitationSummary summary(Viewer viewer, String municipality) {
        MunicipalityNumber number = permitted(viewer, municipality);
        long total = leaders.count(number, null);
        Object[] counts = em.createQuery("SELECT COUNT(u), SUM(CASE WHEN u.passwordHash IS NULL THEN 1 ELSE 0 END) FROM UserAccount u "
                        + "WHERE u.municipality = :m AND u.leaderId IS NOT NULL AND u.status = 'ACTIVE'", Object[].class)
                .setParameter("m", number.value()).getSingleResult();
        long withAccount = ((Number) counts[0]).longValue();
        long waiting = counts[1] == null ? 0 : ((Number) counts[1]).longValue();
        return new InvitationSummary(total, Math.max(0, total - withAccount), waiting, withAccount - waiting);
    }

    /**
     * Invites the leaders named (all of the municipality's for {@code null}; nobody for an empty list) who have an e-mail
     * address and no account; the others are left as they are and counted as skipped.
     */
    @Transactional
    public InvitationOutcome invite(Viewer viewer, String municipality, Collection<Long> leaderIds) {
        MunicipalityNumber number = permitted(viewer, municipality);
        List<LeaderView> chosen = chosen(number, leaderIds);
        Map<Long, UserAccount> accounts = accountsOf(chosen.stream().map(LeaderView::id).toList());
        Set<String> taken = takenAddresses(chosen);
        int invited = 0;
        for (LeaderView leader : chosen) {
            if (accounts.containsKey(leader.id()) || leader.erased() || blank(leader.email()) || taken.contains(leader.email().trim().toLowerCase())) {
                continue;
            }
            invitations.invite(new Invitations.Invitation(leader.email(), leader.name(), Viewer.Role.PARTICIPANT.name(), number.value(), leader.id(), null),
                    viewer);
            invited++;
        }
        return new InvitationOutcome(invited, 0, chosen.size() - invited);
    }

    /** Sends a new link to the leaders named (all of the municipality's for {@code null}) who were invited and have not taken it up. */
    @Transactional
    public InvitationOutcome resend(Viewer viewer, String municipality, Collection<Long> leaderIds) {
        MunicipalityNumber number = permitted(viewer, municipality);
        List<LeaderView> chosen = chosen(number, leaderIds);
        Map<Long, UserAccount> accounts = accountsOf(chosen.stream().map(LeaderView::id).toList());
        int resent = 0;
        for (LeaderView leader : chosen) {
            UserAccount account = accounts.get(leader.id());
            if (account != null && account.isActive() && !account.hasPassword()) {
                invitations.reinvite(account.getId(), viewer);
                resent++;
            }
        }
        return new InvitationOutcome(0, resent, chosen.size() - resent);
    }

    /** Staff: any municipality; a contact: their own; anyone else: none. */
    private MunicipalityNumber permitted(Viewer viewer, String municipality) {
        if (viewer == null || !viewer.actsFor(municipality) || !MunicipalityNumber.isWellFormed(municipality)) {
            throw new NotFoundException("Municipality", municipality);
        }
        // A number that names no municipality has no leaders: nothing to list or invite, without a statement to ask.
        return new MunicipalityNumber(municipality.trim());
    }

    /** The leaders named, each checked to be this municipality's; all of its leaders for {@code null}. */
    private List<LeaderView> chosen(MunicipalityNumber number, Collection<Long> leaderIds) {
        if (leaderIds != null && leaderIds.isEmpty()) {
            return List.of();
        }
        if (leaderIds == null) {
            List<Long> all = new ArrayList<>();
            for (int page = 0; ; page++) {
                List<LeaderRow> found = leaders.rows(number, null, PageRequest.of(page, PageRequest.MAX_SIZE));
                found.forEach(l -> all.add(l.id()));
                if (found.size() < PageRequest.MAX_SIZE) {
                    break;
                }
            }
            return all.isEmpty() ? List.of() : leaders.views(all);
        }
        List<LeaderView> found = leaders.views(new HashSet<>(leaderIds));
        if (found.size() != new HashSet<>(leaderIds).size() || found.stream().anyMatch(l -> !number.value().equals(l.municipalityNumber()))) {
            throw new NotFoundException("Leader", leaderIds.toString());
        }
        return found;
    }

    private Map<Long, UserAccount> accountsOf(List<Long> leaderIds) {
        if (leaderIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.leaderId IN :ids", UserAccount.class).setParameter("ids", leaderIds)
                .getResultStream().collect(Collectors.toMap(UserAccount::getLeaderId, Function.identity(), (a, b) -> a));
    }

    /** Addresses among these leaders' that another account already has (a contact who is also a leader, say): inviting would fail on them. */
    private Set<String> takenAddresses(List<LeaderView> chosen) {
        List<String> addresses = chosen.stream().map(LeaderView::email).filter(e -> !blank(e)).map(e -> e.trim().toLowerCase()).distinct().toList();
        if (addresses.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT LOWER(u.email) FROM UserAccount u WHERE LOWER(u.email) IN :addresses", String.class)
                .setParameter("addresses", addresses).getResultList());
    }

    private static InvitationRow row(long leaderId, String name, String email, UserAccount account, Instant now) {
        InvitationState state;
        if (account == null) {
            state = blank(email) ? InvitationState.NO_EMAIL : InvitationState.NOT_INVITED;
        } else if (!account.isActive()) {
            state = InvitationState.DISABLED;
        } else if (account.hasPassword()) {
            state = InvitationState.ACCEPTED;
        } else {
            state = account.tokenValid(now) ? InvitationState.INVITED : InvitationState.EXPIRED;
        }
        return new InvitationRow(leaderId, name, email, state, account == null ? null : account.getInvitedAt(), account == null ? null : account.getLastSignIn());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
