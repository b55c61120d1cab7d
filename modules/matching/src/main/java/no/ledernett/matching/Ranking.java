package no.ledernett.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/** Ranks every adviser for one need. */
@ApplicationScoped
public class Ranking {

    static final Comparator<Evaluation> BEST_FIRST = Comparator.comparingDouble(Evaluation::score).reversed()
            .thenComparing(e -> e.adviser().name());

    @Inject
    AdviserProfiles profiles;

    @Inject
    MatchingConfig config;

    public RankingResult rank(NeedInput input) {
        return rank(input.check());
    }

    public RankingResult rank(Need need) {
        Scoring scoring = new Scoring(config.settings());
        List<Evaluation> all = profiles.all(YearMonth.from(need.start()), YearMonth.from(need.end()), java.util.Set.of(need.reference())).stream()
                .map(p -> scoring.evaluate(need, p)).toList();
        return new RankingResult(need,
                all.stream().filter(Evaluation::eligible).sorted(BEST_FIRST).toList(),
                all.stream().filter(e -> !e.eligible()).sorted(Comparator.comparing(e -> e.adviser().name())).toList());
    }
}
