package no.ledernett.matching;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Violation;

/** The transactional half of {@link Proposals}: reading and writing proposals and their results. */
@ApplicationScoped
public class ProposalStore {

    /** What the solver needs, with the advisers each column stands for. */
    record Computation(AssignmentProblem problem, List<AdviserProfile> advisers, boolean[] anyEligible) implements Serializable {
    }

    static final int ALTERNATIVES = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    AdviserProfiles profiles;

    @Inject
    MatchingConfig config;

    @Inject
    Event<AssignmentsPublished> published;

    public Proposal get(long id) {
        Proposal proposal = em.find(Proposal.class, id);
        if (proposal == null) {
            throw new NotFoundException("Proposal", id);
        }
        return proposal;
    }

    public List<Proposal> recent(int max) {
        // The list shows each proposal's needs: read them in one more statement, not one per proposal.
        return em.createQuery("SELECT p FROM Proposal p ORDER BY p.createdAt DESC, p.id DESC", Proposal.class).setMaxResults(max)
                .setHint("eclipselink.batch", "p.needs").setHint("eclipselink.batch.type", "IN").getResultList();
    }

    @Transactional
    public long create(List<Need> needs) {
        Proposal proposal = new Proposal(needs);
        em.persist(proposal);
        em.flush();
        return proposal.getId();
    }

    @Transactional
    public Computation computation(long id) {
        Proposal proposal = get(id);
        List<Need> needs = proposal.getNeeds().stream().map(ProposalNeed::toNeed).toList();
        YearMonth from = needs.stream().map(n -> YearMonth.from(n.start())).min(Comparator.naturalOrder()).orElseThrow();
        YearMonth to = needs.stream().map(n -> YearMonth.from(n.end())).max(Comparator.naturalOrder()).orElseThrow();
        List<AdviserProfile> advisers = profiles.all(from, to, needs.stream().map(Need::reference).collect(java.util.stream.Collectors.toSet()));
        Scoring scoring = new Scoring(config.settings());
        double[][] score = new double[needs.size()][advisers.size()];
        int[] pinned = new int[needs.size()];
        boolean[] anyEligible = new boolean[needs.size()];
        Arrays.fill(pinned, -1);
        for (int i = 0; i < needs.size(); i++) {
            ProposalNeed pn = proposal.getNeeds().get(i);
            java.util.Set<Long> forbiddenIds = pn.getForbiddenAdviserIds();
            for (int j = 0; j < advisers.size(); j++) {
                Evaluation e = scoring.evaluate(needs.get(i), advisers.get(j));
                anyEligible[i] |= e.eligible();
                boolean forbidden = forbiddenIds.contains(advisers.get(j).id());
                score[i][j] = e.eligible() && !forbidden ? e.score() : Double.NaN;
                if (pn.getPinnedAdviserId() != null && pn.getPinnedAdviserId() == advisers.get(j).id() && e.eligible()) {
                    pinned[i] = j;
                }
            }
        }
        List<Map<YearMonth, Double>> remaining = new ArrayList<>();
        for (AdviserProfile a : advisers) {
            Map<YearMonth, Double> left = new HashMap<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                left.put(m, a.remainingIn(m));
            }
            remaining.add(left);
        }
        return new Computation(new AssignmentProblem(needs, advisers.size(), score, pinned, remaining), advisers, anyEligible);
    }

    @Transactional
    public void save(long id, Computation c, AssignmentSolution solution, double greedy) {
        Proposal proposal = get(id);
        AssignmentProblem p = c.problem();
        for (int i = 0; i < proposal.getNeeds().size(); i++) {
            int j = solution.adviserOf()[i];
            ProposalNeed pn = proposal.getNeeds().get(i);
            List<ProposalNeed.Alternative> alternatives = new ArrayList<>();
            for (int k = 0; k < p.advisers(); k++) {
                if (k != j && !Double.isNaN(p.score()[i][k])) {
                    alternatives.add(new ProposalNeed.Alternative(c.advisers().get(k).id(), p.score()[i][k]));
                }
            }
            alternatives.sort(Comparator.comparingDouble(ProposalNeed.Alternative::score).reversed());
            ProposalNeed.Unassigned reason = null;
            if (j < 0) {
                reason = !c.anyEligible()[i] ? ProposalNeed.Unassigned.NO_ELIGIBLE_ADVISER
                        : alternatives.isEmpty() ? ProposalNeed.Unassigned.ALL_ELIGIBLE_FORBIDDEN
                        : ProposalNeed.Unassigned.CAPACITY_USED_BY_OTHERS;
            }
            pn.result(j < 0 ? null : c.advisers().get(j).id(), j < 0 ? null : p.score()[i][j], reason,
                    alternatives.subList(0, Math.min(ALTERNATIVES, alternatives.size())));
        }
        proposal.computed(solution, greedy);
    }

    @Transactional
    public void fail(long id, String why) {
        get(id).failed(why);
    }

    /** Checks the proposal may be changed now and marks it as being computed again. */
    @Transactional
    public ProposalNeed change(long id, long needId, java.util.function.Consumer<ProposalNeed> change) {
        Proposal proposal = em.find(Proposal.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (proposal == null) {
            throw new NotFoundException("Proposal", id);
        }
        requireChangeable(proposal);
        ProposalNeed need = proposal.getNeeds().stream().filter(n -> n.getId() == needId).findFirst()
                .orElseThrow(() -> new NotFoundException("Need", needId));
        change.accept(need);
        proposal.computing();
        return need;
    }

    @Transactional
    public void recompute(long id) {
        Proposal proposal = em.find(Proposal.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (proposal == null) {
            throw new NotFoundException("Proposal", id);
        }
        requireChangeable(proposal);
        proposal.computing();
    }

    /** Ready or failed; a published or discarded proposal is final and says so, whatever is asked of it. */
    static void requireChangeable(Proposal proposal) {
        requireNotFinal(proposal);
        if (proposal.getStatus() != ProposalStatus.READY && proposal.getStatus() != ProposalStatus.FAILED) {
            throw new InvalidInputException(Violation.of(MatchingTexts.RULES, "status", "proposal.notReady", proposal.getStatus()));
        }
    }

    static void requireNotFinal(Proposal proposal) {
        if (proposal.getStatus() == ProposalStatus.PUBLISHED || proposal.getStatus() == ProposalStatus.DISCARDED) {
            throw new InvalidInputException(Violation.of(MatchingTexts.RULES, "status", "proposal." + proposal.getStatus().name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /**
     * Publishes all assignments or none: checks them against today's load, records the
     * commitments and tells the owning modules, all in one transaction.
     */
    @Transactional
    public Proposal publish(long id) {
        Proposal proposal = em.find(Proposal.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (proposal == null) {
            throw new NotFoundException("Proposal", id);
        }
        requireNotFinal(proposal);
        if (proposal.getStatus() != ProposalStatus.READY) {
            throw new InvalidInputException(Violation.of(MatchingTexts.RULES, "status", "proposal.notReady", proposal.getStatus()));
        }
        Computation now = computation(id);
        int[] adviserOf = new int[proposal.getNeeds().size()];
        List<AssignmentsPublished.Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < adviserOf.length; i++) {
            Long adviserId = proposal.getNeeds().get(i).getProposedAdviserId();
            adviserOf[i] = -1;
            for (int j = 0; adviserId != null && j < now.advisers().size(); j++) {
                if (now.advisers().get(j).id() == adviserId) {
                    adviserOf[i] = j;
                }
            }
            if (adviserId != null && (adviserOf[i] < 0 || Double.isNaN(now.problem().score()[i][adviserOf[i]]))) {
                throw new InvalidInputException(Violation.of(MatchingTexts.RULES, "status", "proposal.stale"));
            }
            if (adviserId != null) {
                assignments.add(new AssignmentsPublished.Assignment(proposal.getNeeds().get(i).getReference(), adviserId));
                em.persist(new Commitment(adviserId, proposal.getNeeds().get(i).toNeed()));
            }
        }
        if (!now.problem().withinCapacity(adviserOf)) {
            throw new InvalidInputException(Violation.of(MatchingTexts.RULES, "status", "proposal.stale"));
        }
        proposal.published();
        published.fire(new AssignmentsPublished(id, assignments));
        return proposal;
    }

    @Transactional
    public Proposal discard(long id) {
        Proposal proposal = get(id);
        requireNotFinal(proposal);
        proposal.discarded();
        return proposal;
    }
}
