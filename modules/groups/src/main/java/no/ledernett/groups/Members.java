package no.ledernett.groups;

import no.ledernett.platform.NorwegianTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.ledernett.municipalities.LeaderView;
import no.ledernett.municipalities.Leaders;
import no.ledernett.municipalities.MunicipalityDirectory;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Violation;

/** Who is in which group, and advice on the mix. */
@ApplicationScoped
public class Members {

    @PersistenceContext
    EntityManager em;

    @Inject
    Groups groups;

    @Inject
    Leaders leaders;

    @Inject
    MunicipalityDirectory municipalities;

    /**
     * Members of a group, current ones first: one statement with the leaders' names and sectors
     * (plus the group, unless this persistence context has read it already).
     */
    public List<MemberView> of(long groupId) {
        groups.get(groupId);
        return em.createQuery("SELECT m.id, m.leaderId, l.name, l.positionTitle, l.unit, l.sectorId, s.name, l.reportsToId, m.joined, m.left "
                        + "FROM MemberLeader l LEFT JOIN GroupSubjectArea s ON s.id = l.sectorId, Membership m "
                        + "WHERE m.leaderId = l.id AND m.group.id = :g ORDER BY m.left, m.joined, m.id", Object[].class)
                .setParameter("g", groupId).getResultList().stream()
                .map(r -> new MemberView((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4], (Long) r[5], (String) r[6], (Long) r[7],
                        (LocalDate) r[8], (LocalDate) r[9]))
                .sorted((a, b) -> Boolean.compare(b.isCurrent(), a.isCurrent())).toList();
    }

    /** Every group a leader is or was in, with the group's name: one statement. */
    public List<LeaderMembership> ofLeader(long leaderId) {
        return em.createQuery("SELECT g.id, g.name, m.joined, m.left FROM Membership m JOIN m.group g WHERE m.leaderId = :l ORDER BY m.joined, m.id",
                        Object[].class).setParameter("l", leaderId).getResultStream()
                .map(r -> new LeaderMembership((Long) r[0], (String) r[1], (LocalDate) r[2], (LocalDate) r[3])).toList();
    }

    /** The groups a leader is in now: their names by id, in one statement. */
    public java.util.Map<Long, String> currentGroupsOf(long leaderId) {
        return em.createQuery("SELECT g.id, g.name FROM Membership m JOIN m.group g WHERE m.leaderId = :l AND m.left IS NULL", Object[].class)
                .setParameter("l", leaderId).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (String) r[1], (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** Ids of the group's current members, in one statement. */
    public Set<Long> currentIds(long groupId) {
        return new HashSet<>(em.createQuery("SELECT m.leaderId FROM Membership m WHERE m.group.id = :g AND m.left IS NULL", Long.class)
                .setParameter("g", groupId).getResultList());
    }

    public List<Composition.Warning> advice(long groupId) {
        return advice(groups.get(groupId), of(groupId));
    }

    /** Advice on the mix, for members the caller has read already. */
    public List<Composition.Warning> advice(NetworkGroup group, List<MemberView> members) {
        List<Composition.Member> current = members.stream().filter(MemberView::isCurrent)
                .map(m -> new Composition.Member(m.leaderId(), m.name(), m.sectorId(), m.reportsToId())).toList();
        return Composition.advise(group.getKind(), group.getSubjectAreaId(), current, groups.subjectAreaNames());
    }

    /** Adds a leader of the group's own municipality; a leader of another municipality is refused. */
    @Transactional
    public Membership add(long groupId, Long leaderId, LocalDate joined) {
        NetworkGroup group = groups.get(groupId);
        if (leaderId == null) {
            throw new InvalidInputException(Violation.of("leaderId", "required"));
        }
        // One statement, with the leader's municipality, as reading the leader alone was.
        LeaderView leader = leaders.views(List.of(leaderId)).stream().findFirst()
                .orElseThrow(() -> new InvalidInputException(Violation.of(GroupsTexts.RULES, "leaderId", "member.unknown", leaderId)));
        if (leader.erased()) {
            throw new InvalidInputException(Violation.of(GroupsTexts.RULES, "leaderId", "member.erased"));
        }
        if (!leader.municipalityNumber().equals(group.getMunicipalityNumber())) {
            throw new InvalidInputException(Violation.of(GroupsTexts.RULES, "leaderId", "member.otherMunicipality",
                    leader.municipalityName(), municipalityName(group)));
        }
        boolean already = !em.createQuery("SELECT m FROM Membership m WHERE m.group.id = :g AND m.leaderId = :l AND m.left IS NULL", Membership.class)
                .setParameter("g", groupId).setParameter("l", leaderId).getResultList().isEmpty();
        if (already) {
            throw new InvalidInputException(Violation.of(GroupsTexts.RULES, "leaderId", "member.already"));
        }
        Membership membership = new Membership(group, leaderId, joined == null ? NorwegianTime.today() : joined);
        em.persist(membership);
        return membership;
    }

    /**
     * Registers a new leader in the group's municipality and adds them to the group, in one
     * transaction: when the membership is refused, the leader is not left registered outside it.
     */
    @Transactional
    public Membership registerAndAdd(long groupId, no.ledernett.municipalities.LeaderInput input, LocalDate joined) {
        return add(groupId, leaders.register(input), joined);
    }

    /** Ends a membership on a day; the history stays. */
    @Transactional
    public Membership leave(long groupId, long membershipId, LocalDate day) {
        Membership membership = em.find(Membership.class, membershipId);
        if (membership == null || membership.getGroup().getId() != groupId) {
            throw new NotFoundException("Membership", membershipId);
        }
        LocalDate when = day == null ? NorwegianTime.today() : day;
        if (when.isBefore(membership.getJoined())) {
            throw new InvalidInputException(Violation.of(GroupsTexts.RULES, "left", "member.leftBeforeJoined"));
        }
        membership.leave(when);
        return membership;
    }

    /**
     * An erased leader leaves every group on the day of erasure: no longer a member, in no round and
     * no list of whom to add; the memberships stay as anonymous history ("Slettet leder", joined, left).
     */
    void leaderErased(@jakarta.enterprise.event.Observes no.ledernett.municipalities.LeaderErased erased) {
        em.createQuery("SELECT m FROM Membership m WHERE m.leaderId = :l AND m.left IS NULL", Membership.class)
                .setParameter("l", erased.leaderId()).getResultList()
                .forEach(m -> m.leave(erased.day().isBefore(m.getJoined()) ? m.getJoined() : erased.day()));
    }

    /** Removes a membership entered by mistake. */
    @Transactional
    public void remove(long groupId, long membershipId) {
        Membership membership = em.find(Membership.class, membershipId);
        if (membership == null || membership.getGroup().getId() != groupId) {
            throw new NotFoundException("Membership", membershipId);
        }
        em.remove(membership);
    }

    private String municipalityName(NetworkGroup group) {
        return municipalities.names().get(group.getMunicipalityNumber());
    }
}
