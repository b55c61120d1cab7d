package no.ledernett.matching;

/** Where this module's user-facing texts live. */
public final class MatchingTexts {

    public static final String RULES = "no.ledernett.matching.Rules";
    public static final String TEXTS = "no.ledernett.matching.web.Texts";

    private MatchingTexts() {
    }
}
