package no.ledernett.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * One broken rule on one input field. The text is looked up only when shown, so the same
 * violation reads in the language of whoever receives it (screen or API).
 *
 * @param field  the input field, as named in the API and used as the form field id on screens
 * @param rule   a stable rule name clients can act on, e.g. {@code required} or {@code period.order}
 * @param bundle resource bundle that holds the text under {@code rule.<rule>}
 * @param args   values for the text's placeholders
 */
public record Violation(String field, String rule, String bundle, List<Object> args) implements Serializable {

    static final String PLATFORM_RULES = "no.ledernett.platform.Rules";

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, String rule, Object... args) {
        return new Violation(field, rule, PLATFORM_RULES, List.of(args));
    }

    /** A rule whose text lives in a module's own bundle. */
    public static Violation of(String bundle, String field, String rule, Object... args) {
        return new Violation(field, rule, bundle, List.of(args));
    }

    public String message(Locale locale) {
        return Texts.format(bundle, locale, "rule." + rule, args.toArray());
    }
}
