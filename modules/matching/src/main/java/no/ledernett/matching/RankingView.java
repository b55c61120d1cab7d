package no.ledernett.matching;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import no.ledernett.platform.Texts;

/** A ranking as the API shows it, every reason and score part with a readable explanation (shared by every module that ranks). */
public record RankingView(List<Ranked> eligible, List<Excluded> excluded) implements Serializable {

    public record Ranked(long adviserId, String name, String title, double score, double remainingHours, List<Part> breakdown) implements Serializable {
    }

    public record Part(String criterion, double fit, double weight, double points, String explanation) implements Serializable {
    }

    public record Excluded(long adviserId, String name, String title, List<Reason> reasons) implements Serializable {
    }

    public record Reason(String code, String explanation) implements Serializable {
    }

    public static RankingView of(RankingResult result, Locale locale) {
        return new RankingView(
                result.eligible().stream().map(e -> new Ranked(e.adviser().id(), e.adviser().name(), e.adviser().title(), e.score(),
                        e.remainingHours(), e.parts().stream().map(p -> part(p, locale)).toList())).toList(),
                result.excluded().stream().map(e -> new Excluded(e.adviser().id(), e.adviser().name(), e.adviser().title(),
                        e.exclusions().stream().map(x -> reason(x, locale)).toList())).toList());
    }

    static Part part(ScorePart p, Locale locale) {
        return new Part(p.criterion().name(), p.fit(), p.weight(), Math.round(p.points() * 100) / 100.0, explain(p, locale));
    }

    public static String explain(ScorePart p, Locale locale) {
        return Texts.format(MatchingTexts.TEXTS, locale, "why." + p.detail(), p.args().toArray());
    }

    public static Reason reason(Exclusion x, Locale locale) {
        return new Reason(x.reason().name(), Texts.format(MatchingTexts.TEXTS, locale, "excluded." + x.reason().name(), x.args().toArray()));
    }

    static List<Evaluation> top(List<Evaluation> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }
}
