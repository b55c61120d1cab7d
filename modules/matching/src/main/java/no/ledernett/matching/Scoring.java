package no.ledernett.matching;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.ledernett.platform.Counties;

/**
 * Judges an adviser against a need. Hard rules exclude (inactive, lacking required competence,
 * no capacity left in some month, away for too much of the period); the rest is a weighted score
 * out of the sum of the weights (100 by default).
 */
public final class Scoring {

    /** Broad competence for cross-disciplinary work: solid in this many areas counts as a full fit. */
    static final int BREADTH_FOR_FULL_FIT = 4;

    private final MatchingSettings settings;

    public Scoring(MatchingSettings settings) {
        this.settings = settings;
    }

    public Evaluation evaluate(Need need, AdviserProfile adviser) {
        List<Exclusion> exclusions = new ArrayList<>();
        if (!adviser.active()) {
            exclusions.add(Exclusion.of(Exclusion.Reason.INACTIVE));
        }
        int level = adviser.level(need.subjectAreaId());
        if (need.competenceRequired() && need.subjectAreaId() != null && level < settings.requiredLevel()) {
            exclusions.add(Exclusion.of(Exclusion.Reason.LACKS_COMPETENCE, level, settings.requiredLevel()));
        }
        YearMonth tightest = null;
        double remaining = Double.MAX_VALUE;
        for (YearMonth month : need.months()) {
            if (adviser.remainingIn(month) < remaining) {
                remaining = adviser.remainingIn(month);
                tightest = month;
            }
        }
        if (remaining + 1e-9 < need.hoursPerMonth()) {
            exclusions.add(Exclusion.of(Exclusion.Reason.NO_CAPACITY, round(Math.max(0, remaining)), need.hoursPerMonth(), tightest.toString()));
        }
        long away = adviser.absences().stream().mapToLong(a -> a.daysWithin(need.start(), need.end())).sum();
        if (away > settings.maxAwayShare() * need.days()) {
            exclusions.add(Exclusion.of(Exclusion.Reason.AWAY, away, need.days()));
        }

        List<ScorePart> parts = List.of(
                competence(need, adviser, level),
                capacity(need, adviser, remaining),
                continuity(need, adviser),
                distance(need, adviser),
                language(need, adviser));
        double score = parts.stream().mapToDouble(ScorePart::points).sum();
        return new Evaluation(adviser, round(score), parts, exclusions, round(Math.max(0, remaining)));
    }

    private ScorePart competence(Need need, AdviserProfile adviser, int level) {
        if (need.subjectAreaId() == null) {
            long broad = adviser.levels().values().stream().filter(l -> l >= Competence.SOLID).count();
            return ScorePart.of(Criterion.COMPETENCE, (double) broad / BREADTH_FOR_FULL_FIT, settings.competenceWeight(), "competence.breadth", broad);
        }
        return ScorePart.of(Criterion.COMPETENCE, level / 3.0, settings.competenceWeight(), "competence.level." + level);
    }

    private ScorePart capacity(Need need, AdviserProfile adviser, double remaining) {
        if (adviser.monthlyCapacity() <= 0) {
            return ScorePart.of(Criterion.CAPACITY, 0, settings.capacityWeight(), "capacity.none");
        }
        double after = remaining - need.hoursPerMonth();
        return ScorePart.of(Criterion.CAPACITY, after / adviser.monthlyCapacity(), settings.capacityWeight(), "capacity.left",
                round(Math.max(0, after)), adviser.monthlyCapacity());
    }

    private ScorePart continuity(Need need, AdviserProfile adviser) {
        boolean known = adviser.municipalitiesServed().contains(need.municipalityNumber());
        return ScorePart.of(Criterion.CONTINUITY, known ? 1 : 0, settings.continuityWeight(), known ? "continuity.yes" : "continuity.no");
    }

    private ScorePart distance(Need need, AdviserProfile adviser) {
        if (need.mode() == MeetingMode.VIDEO) {
            return ScorePart.of(Criterion.DISTANCE, 1, settings.distanceWeight(), "distance.video");
        }
        String home = adviser.homeCounty();
        if (need.county().equals(home)) {
            return ScorePart.of(Criterion.DISTANCE, 1, settings.distanceWeight(), "distance.same", Counties.name(home));
        }
        if (Counties.areNeighbours(need.county(), home)) {
            return ScorePart.of(Criterion.DISTANCE, 0.5, settings.distanceWeight(), "distance.neighbour", Counties.name(home));
        }
        return ScorePart.of(Criterion.DISTANCE, 0, settings.distanceWeight(), "distance.far", Counties.name(home));
    }

    private ScorePart language(Need need, AdviserProfile adviser) {
        if (need.writtenForm() == null) {
            return ScorePart.of(Criterion.LANGUAGE, 1, settings.languageWeight(), "language.any");
        }
        boolean writes = adviser.writtenForms().contains(need.writtenForm());
        return ScorePart.of(Criterion.LANGUAGE, writes ? 1 : 0, settings.languageWeight(),
                writes ? "language.yes." + need.writtenForm() : "language.no." + need.writtenForm());
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
