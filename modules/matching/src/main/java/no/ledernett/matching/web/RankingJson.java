package no.ledernett.matching.web;

import java.util.Locale;
import no.ledernett.matching.Exclusion;
import no.ledernett.matching.RankingView;
import no.ledernett.matching.ScorePart;

/** Readable texts for the parts of a ranking, for this module's screens. */
public final class RankingJson {

    private RankingJson() {
    }

    public static String explain(ScorePart p, Locale locale) {
        return RankingView.explain(p, locale);
    }

    public static RankingView.Reason reason(Exclusion x, Locale locale) {
        return RankingView.reason(x, locale);
    }
}
