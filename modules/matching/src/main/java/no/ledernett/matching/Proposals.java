package no.ledernett.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Violation;

/**
 * Batch proposals: staff send open needs, Ledernett computes the best assignment in the
 * background (with progress to show), staff pin or forbid pairs and have it computed again, and
 * finally publish it, all or nothing.
 */
@ApplicationScoped
public class Proposals {

    public static final int MAX_NEEDS = 2000;

    @Inject
    ProposalStore store;

    @Inject
    ProposalProgress progress;

    @Inject
    Ranking ranking;

    @Inject
    SubjectAreas subjectAreas;

    @Inject
    Advisers advisers;

    @Inject
    MatchingConfig config;

    @Inject
    ProposalComputations computations;

    public Proposal create(List<NeedInput> inputs) {
        Rules rules = new Rules();
        List<NeedInput> given = inputs == null ? List.of() : inputs;
        if (given.isEmpty()) {
            rules.add(Violation.of(MatchingTexts.RULES, "needs", "needs.empty"));
        }
        if (given.size() > MAX_NEEDS) {
            rules.add(Violation.of(MatchingTexts.RULES, "needs", "needs.tooMany", MAX_NEEDS));
            rules.check();
        }
        List<Need> needs = new java.util.ArrayList<>();
        Set<String> references = new HashSet<>();
        Set<Long> knownAreas = new HashSet<>(subjectAreas.all().stream().map(SubjectArea::getId).toList());
        for (int i = 0; i < given.size(); i++) {
            String prefix = "needs[" + i + "].";
            Need need = given.get(i) == null ? null : given.get(i).check(prefix, rules);
            if (given.get(i) == null) {
                rules.add(Violation.of(prefix.substring(0, prefix.length() - 1), "required"));
            }
            if (need != null) {
                if (need.subjectAreaId() != null && !knownAreas.contains(need.subjectAreaId())) {
                    rules.add(Violation.of(MatchingTexts.RULES, prefix + "subjectAreaId", "subject.unknown", need.subjectAreaId()));
                }
                if (!references.add(need.reference())) {
                    rules.add(Violation.of(MatchingTexts.RULES, prefix + "reference", "needs.duplicate", need.reference()));
                }
                needs.add(need);
            }
        }
        rules.check();
        long id = store.create(needs);
        start(id);
        return store.get(id);
    }

    public Proposal get(long id) {
        return store.get(id);
    }

    public List<Proposal> recent(int max) {
        return store.recent(max);
    }

    /** Fixes one adviser for one need; refused when a hard rule excludes the pair. */
    public Proposal pin(long id, long needId, Long adviserId) {
        if (adviserId == null) {
            throw new no.ledernett.platform.InvalidInputException(Violation.of("adviserId", "required"));
        }
        Proposal proposal = store.get(id);
        // A published or discarded proposal is refused as such, before any ranking could say something else.
        ProposalStore.requireChangeable(proposal);
        Need need = proposal.getNeeds().stream().filter(n -> n.getId() == needId).findFirst()
                .orElseThrow(() -> new no.ledernett.platform.NotFoundException("Need", needId)).toNeed();
        RankingResult result = ranking.rank(need);
        if (result.eligible().stream().noneMatch(e -> e.adviser().id() == adviserId)) {
            Exclusion.Reason why = result.excluded().stream().filter(e -> e.adviser().id() == adviserId)
                    .flatMap(e -> e.exclusions().stream()).map(Exclusion::reason).findFirst()
                    .orElseThrow(() -> Advisers.unknown("adviserId", adviserId));
            throw new no.ledernett.platform.InvalidInputException(Violation.of(MatchingTexts.RULES, "adviserId", "pin." + why.name()));
        }
        store.change(id, needId, n -> n.pin(adviserId));
        start(id);
        return store.get(id);
    }

    /**
     * Why the advisers of one need score as they do: the need ranked afresh, for staff who open its
     * breakdown on the review screen (on demand, so the page itself reads no more than before).
     */
    public RankingResult ranking(long id, long needId) {
        Proposal proposal = store.get(id);
        Need need = proposal.getNeeds().stream().filter(n -> n.getId() == needId).findFirst()
                .orElseThrow(() -> new no.ledernett.platform.NotFoundException("Need", needId)).toNeed();
        return ranking.rank(need);
    }

    public Proposal unpin(long id, long needId) {
        store.change(id, needId, n -> n.pin(null));
        start(id);
        return store.get(id);
    }

    public Proposal forbid(long id, long needId, Long adviserId) {
        if (adviserId == null) {
            throw new no.ledernett.platform.InvalidInputException(Violation.of("adviserId", "required"));
        }
        store.change(id, needId, n -> n.forbid(adviserId));
        start(id);
        return store.get(id);
    }

    public Proposal allow(long id, long needId, long adviserId) {
        store.change(id, needId, n -> n.allow(adviserId));
        start(id);
        return store.get(id);
    }

    public Proposal recompute(long id) {
        store.recompute(id);
        start(id);
        return store.get(id);
    }

    public Proposal publish(long id) {
        return store.publish(id);
    }

    public Proposal discard(long id) {
        return store.discard(id);
    }

    private void start(long id) {
        double limit = config.settings().timeLimitSeconds();
        progress.started(id, limit);
        // By id, on an invocation of its own: never this request's entities or entity managers.
        computations.compute(id, limit);
    }

    /** {@link #create} for another module, which works with proposals by id. */
    public ProposalSent send(List<NeedInput> inputs) {
        Proposal proposal = create(inputs);
        return new ProposalSent(proposal.getId(), proposal.getNeeds().size());
    }
}
