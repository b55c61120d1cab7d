package no.ledernett.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import no.ledernett.matching.AssignmentsPublished;
import no.ledernett.matching.CommittedLoad;
import no.ledernett.matching.Evaluation;
import no.ledernett.matching.Exclusion;
import no.ledernett.matching.LoadEntry;
import no.ledernett.matching.Need;
import no.ledernett.matching.NeedInput;
import no.ledernett.matching.ProposalSent;
import no.ledernett.matching.Proposals;
import no.ledernett.matching.Ranking;
import no.ledernett.matching.RankingResult;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;

/**
 * A group's adviser, chosen with the matching module: the group states its need, matching ranks
 * advisers, and a chosen adviser must pass matching's hard rules. Groups with an adviser report
 * their hours to matching as committed load.
 */
@ApplicationScoped
public class GroupAdvisers implements CommittedLoad {

    static final String REFERENCE = "group:";

    @PersistenceContext
    EntityManager em;

    @Inject
    Groups groups;

    @Inject
    Ranking ranking;

    @Inject
    Proposals proposals;

    @Inject
    GroupsConfig config;

    @Inject
    jakarta.enterprise.event.Event<AdviserAssigned> assigned;

    public Need need(NetworkGroup g) {
        return new Need(REFERENCE + g.getId(), g.getName(), g.getSubjectAreaId(), g.isCompetenceRequired(), g.getMunicipalityNumber(),
                g.getMode(), null, g.getStart(), g.getEnd(), g.hoursPerMonth(config.preparationHours()));
    }

    /** Every adviser ranked for this group, leaving out the group's own hours if it already has an adviser. */
    public RankingResult rank(long groupId) {
        return ranking.rank(need(groups.get(groupId)));
    }

    @Transactional
    public NetworkGroup assign(long groupId, Long adviserId) {
        if (adviserId == null) {
            throw new InvalidInputException(Violation.of("adviserId", "required"));
        }
        NetworkGroup group = groups.get(groupId);
        if (adviserId.equals(group.getAdviserId())) {
            return group;
        }
        RankingResult result = ranking.rank(need(group));
        boolean eligible = result.eligible().stream().anyMatch(e -> e.adviser().id() == adviserId);
        if (!eligible) {
            Evaluation excluded = result.excluded().stream().filter(e -> e.adviser().id() == adviserId).findFirst()
                    .orElseThrow(() -> new InvalidInputException(Violation.of(GroupsTexts.RULES, "adviserId", "adviser.unknown", adviserId)));
            Exclusion.Reason why = excluded.exclusions().get(0).reason();
            throw new InvalidInputException(Violation.of(GroupsTexts.RULES, "adviserId", "adviser." + why.name()));
        }
        group.assign(adviserId);
        assigned.fire(new AdviserAssigned(group.getId(), group.getName(), adviserId));
        return group;
    }

    @Transactional
    public void unassign(long groupId) {
        groups.get(groupId).assign(null);
    }

    /** Sends every running group without an adviser to a batch proposal in one step. */
    public ProposalSent proposeForGroupsWithoutAdviser() {
        List<NetworkGroup> open = em.createQuery("SELECT g FROM NetworkGroup g WHERE g.adviserId IS NULL AND g.status IN :running ORDER BY g.start, g.id",
                NetworkGroup.class).setParameter("running", GroupStatus.RUNNING).getResultList();
        return propose(open);
    }

    /**
     * Sends the groups staff chose to a batch proposal: each must be planned or active and still
     * without an adviser, and the viewer must be allowed to act on it; otherwise nothing is sent and
     * the refusal names every group that cannot go.
     */
    public ProposalSent proposeFor(Viewer viewer, Collection<Long> groupIds) {
        List<Long> ids = BatchChoice.ids(groupIds);
        List<NetworkGroup> found = ids.isEmpty() || ids.size() > Proposals.MAX_NEEDS ? List.of()
                : em.createQuery("SELECT g FROM NetworkGroup g WHERE g.id IN :ids ORDER BY g.start, g.id", NetworkGroup.class)
                        .setParameter("ids", ids).getResultList();
        BatchChoice.check(viewer, groupIds, found.stream().collect(Collectors.toMap(NetworkGroup::getId,
                g -> new BatchChoice.Candidate(g.getId(), g.getName(), g.getAdviserId(), g.getStatus()))));
        return propose(found);
    }

    private ProposalSent propose(List<NetworkGroup> chosen) {
        List<NeedInput> needs = chosen.stream().map(this::need).map(n -> new NeedInput(n.reference(), n.label(), n.subjectAreaId(),
                n.competenceRequired(), n.municipalityNumber(), n.mode().name(), null, n.start().toString(), n.end().toString(),
                n.hoursPerMonth())).toList();
        return proposals.send(needs);
    }

    /** Publishing a proposal gives its groups their advisers, in the publishing transaction. */
    void onPublished(@Observes AssignmentsPublished published) {
        for (AssignmentsPublished.Assignment a : published.assignments()) {
            // Needs sent through the API may carry any reference; only "group:<id>" is ours.
            if (a.reference().matches(REFERENCE + "\\d{1,18}")) {
                NetworkGroup group = em.find(NetworkGroup.class, Long.parseLong(a.reference().substring(REFERENCE.length())));
                if (group != null && !Long.valueOf(a.adviserId()).equals(group.getAdviserId())) {
                    group.assign(a.adviserId());
                    assigned.fire(new AdviserAssigned(group.getId(), group.getName(), a.adviserId()));
                }
            }
        }
    }

    @Override
    public List<LoadEntry> since(LocalDate day) {
        double preparation = config.preparationHours();
        // Columns, not entities: every ranking reads every running group, and building (and, in a
        // transaction, tracking) hundreds of entities cost more than the scoring itself.
        return em.createQuery("SELECT g.id, g.adviserId, g.municipalityNumber, g.name, g.interval, g.meetingMinutes, g.start, g.plannedMeetings "
                        + "FROM NetworkGroup g WHERE g.adviserId IS NOT NULL AND g.status IN :running", Object[].class)
                .setParameter("running", GroupStatus.RUNNING).getResultStream()
                .map(r -> {
                    MeetingInterval interval = (MeetingInterval) r[4];
                    LocalDate start = (LocalDate) r[6];
                    LocalDate end = NetworkGroup.end(interval, start, ((Number) r[7]).intValue());
                    return end.isBefore(day) ? null : new LoadEntry((Long) r[1], (String) r[2], REFERENCE + r[0], (String) r[3],
                            NetworkGroup.hoursPerMonth(interval, ((Number) r[5]).intValue(), preparation), start, end);
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
