package no.ledernett.matching.web;

import java.time.LocalDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ledernett.matching.Proposal;
import no.ledernett.matching.ProposalNeed;
import no.ledernett.matching.ProposalProgress;

/** A proposal as the API shows it. */
public record ProposalJson(long id, String status, LocalDateTime createdAt, LocalDateTime computedAt, LocalDateTime publishedAt, Double totalScore,
                           Double greedyScore, Double upperBound, Boolean optimal, Long solveMillis, Integer progressPercent,
                           String failure, long version, List<NeedJson> needs) {

    public record NeedJson(long id, String reference, String label, String municipality, Long subjectAreaId, boolean competenceRequired,
                           String mode, String writtenForm, LocalDate start, LocalDate end, double hoursPerMonth,
                           AdviserRef proposedAdviser, Double score, Long pinnedAdviserId, Set<Long> forbiddenAdviserIds,
                           List<AlternativeJson> alternatives, String unassignedReason) {
    }

    public record AdviserRef(long id, String name) {
    }

    public record AlternativeJson(long adviserId, String name, double score) {
    }

    static ProposalJson of(Proposal p, Map<Long, String> names, ProposalProgress progress) {
        Integer percent = progress.of(p.getId()).map(ProposalProgress.Progress::percent).orElse(null);
        return new ProposalJson(p.getId(), p.getStatus().name(), p.getCreatedAt(), p.getComputedAt(), p.getPublishedAt(), p.getTotalScore(),
                p.getGreedyScore(), p.getUpperBound(), p.getOptimal(), p.getSolveMillis(), percent, p.getFailure(), p.getVersion(),
                p.getNeeds().stream().map(n -> need(n, names)).toList());
    }

    private static NeedJson need(ProposalNeed n, Map<Long, String> names) {
        return new NeedJson(n.getId(), n.getReference(), n.getLabel(), n.getMunicipalityNumber(), n.getSubjectAreaId(), n.isCompetenceRequired(),
                n.getMode().name(), n.getWrittenForm() == null ? null : n.getWrittenForm().name(), n.getStart(), n.getEnd(), n.getHoursPerMonth(),
                n.getProposedAdviserId() == null ? null : new AdviserRef(n.getProposedAdviserId(), names.get(n.getProposedAdviserId())),
                n.getScore(), n.getPinnedAdviserId(), n.getForbiddenAdviserIds(),
                n.getAlternatives().stream().map(a -> new AlternativeJson(a.adviserId(), names.get(a.adviserId()), a.score())).toList(),
                n.getUnassignedReason() == null ? null : n.getUnassignedReason().name());
    }
}
