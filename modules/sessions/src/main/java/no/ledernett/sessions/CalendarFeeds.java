package no.ledernett.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.ledernett.groups.NetworkGroup;
import no.ledernett.matching.Advisers;
import no.ledernett.municipalities.Leaders;
import no.ledernett.platform.NotFoundException;

/** Calendar feeds per adviser and per leader at secret, revocable addresses. */
@ApplicationScoped
public class CalendarFeeds {

    @Inject
    jakarta.enterprise.inject.Instance<no.ledernett.platform.PreferredLanguages> languages;

    @PersistenceContext
    EntityManager em;

    @Inject
    Advisers advisers;

    @Inject
    Leaders leaders;

    /** A new secret address for someone's feed; earlier ones stay valid until revoked. */
    @Transactional
    public CalendarLink create(CalendarLink.Owner owner, long ownerId) {
        if (owner == CalendarLink.Owner.ADVISER) {
            advisers.get(ownerId);
        } else {
            leaders.get(ownerId);
        }
        CalendarLink link = new CalendarLink(owner, ownerId);
        em.persist(link);
        return link;
    }

    @Transactional
    public void revoke(String token) {
        link(token).revoke();
    }

    /** The feed behind a token; an unknown or revoked token is simply not found. */
    public String feed(String token) {
        CalendarLink link = link(token);
        if (link.isRevoked()) {
            throw new NotFoundException("Calendar", "revoked");
        }
        List<Long> groupIds = link.getOwner() == CalendarLink.Owner.ADVISER
                ? em.createQuery("SELECT g.id FROM NetworkGroup g WHERE g.adviserId = :o", Long.class).setParameter("o", link.getOwnerId()).getResultList()
                : em.createQuery("SELECT m.group.id FROM Membership m WHERE m.leaderId = :o AND m.left IS NULL", Long.class)
                        .setParameter("o", link.getOwnerId()).getResultList();
        java.util.Locale locale = language(link).locale();
        if (groupIds.isEmpty()) {
            return IcsWriter.feed(List.of(), Map.of(), locale);
        }
        List<GroupMeeting> meetings = em.createQuery("SELECT m FROM GroupMeeting m WHERE m.groupId IN :g ORDER BY m.date, m.start", GroupMeeting.class)
                .setParameter("g", groupIds).getResultList();
        Map<Long, String> names = em.createQuery("SELECT g FROM NetworkGroup g WHERE g.id IN :g", NetworkGroup.class).setParameter("g", groupIds)
                .getResultStream().collect(Collectors.toMap(NetworkGroup::getId, NetworkGroup::getName));
        return IcsWriter.feed(meetings, names, locale);
    }

    private no.ledernett.platform.Language language(CalendarLink link) {
        if (languages.isUnsatisfied()) {
            return no.ledernett.platform.Language.BOKMAL;
        }
        List<Long> owner = List.of(link.getOwnerId());
        return (link.getOwner() == CalendarLink.Owner.ADVISER ? languages.get().ofAdvisers(owner) : languages.get().ofLeaders(owner)).get(link.getOwnerId());
    }

    private CalendarLink link(String token) {
        return em.createQuery("SELECT c FROM CalendarLink c WHERE c.token = :t", CalendarLink.class).setParameter("t", token)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Calendar", "unknown"));
    }
}
