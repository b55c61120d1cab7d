package no.ledernett.sessions;

import no.ledernett.platform.NorwegianTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.ledernett.groups.Groups;
import no.ledernett.groups.LeaderMembership;
import no.ledernett.groups.Members;
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

    @Inject
    Groups groups;

    @Inject
    Members members;

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

    /** Someone's links, newest first, revoked ones too (with when). */
    public List<CalendarLink> of(CalendarLink.Owner owner, long ownerId) {
        return em.createQuery("SELECT c FROM CalendarLink c WHERE c.owner = :k AND c.ownerId = :o ORDER BY c.createdAt DESC, c.id DESC", CalendarLink.class)
                .setParameter("k", owner).setParameter("o", ownerId).getResultList();
    }

    /** Revokes one of this owner's links; another owner's id is not found, as on the API. */
    @Transactional
    public CalendarLink revoke(CalendarLink.Owner owner, long ownerId, long linkId) {
        CalendarLink link = em.find(CalendarLink.class, linkId);
        if (link == null || link.getOwner() != owner || link.getOwnerId() != ownerId) {
            throw new NotFoundException("Calendar link", linkId);
        }
        if (!link.isRevoked()) {
            link.revoke();
        }
        return link;
    }

    /** The feed behind a token; an unknown or revoked token is simply not found. Notes when it was last fetched. */
    @Transactional
    public String feed(String token) {
        CalendarLink link = link(token);
        if (link.isRevoked()) {
            throw new NotFoundException("Calendar", "revoked");
        }
        link.used(NorwegianTime.now());
        boolean adviser = link.getOwner() == CalendarLink.Owner.ADVISER;
        // The groups with their names in one statement, so coaching fits in the feed's budget.
        Map<Long, String> names = adviser ? groups.namesOfAdviser(link.getOwnerId())
                : members.ofLeader(link.getOwnerId()).stream().filter(LeaderMembership::isCurrent)
                        .collect(Collectors.toMap(LeaderMembership::groupId, LeaderMembership::groupName, (a, b) -> a));
        List<GroupMeeting> meetings = names.isEmpty() ? List.of()
                : em.createQuery("SELECT m FROM GroupMeeting m WHERE m.groupId IN :g ORDER BY m.date, m.start", GroupMeeting.class)
                        .setParameter("g", names.keySet()).getResultList();
        // Coaching: the adviser's own courses, titled with the leader's name; the leader's own, titled plainly.
        List<CoachingSession> sessions;
        Map<Long, String> coachees = new java.util.HashMap<>();
        if (adviser) {
            List<Object[]> rows = em.createQuery("SELECT s, l.name FROM CoachingSession s, CoachingCourse c, SessionLeader l "
                    + "WHERE c.id = s.courseId AND l.id = c.leaderId AND c.adviserId = :o ORDER BY s.date, s.start", Object[].class)
                    .setParameter("o", link.getOwnerId()).getResultList();
            sessions = rows.stream().map(r -> (CoachingSession) r[0]).toList();
            rows.forEach(r -> coachees.put(((CoachingSession) r[0]).getId(), (String) r[1]));
        } else {
            sessions = em.createQuery("SELECT s FROM CoachingSession s, CoachingCourse c WHERE c.id = s.courseId AND c.leaderId = :o "
                    + "ORDER BY s.date, s.start", CoachingSession.class).setParameter("o", link.getOwnerId()).getResultList();
        }
        return IcsWriter.feed(meetings, names, sessions, coachees, language(link).locale());
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
