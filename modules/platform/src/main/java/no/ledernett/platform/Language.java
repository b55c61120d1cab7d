package no.ledernett.platform;

import java.util.Locale;
import java.util.Optional;

/** The languages Ledernett speaks: bokmål (the default), nynorsk and English. */
public enum Language {
    BOKMAL("nb"),
    NYNORSK("nn"),
    ENGLISH("en");

    /** The cookie that remembers a browser's choice (set by the header's language picker). */
    public static final String COOKIE = "ledernett-language";

    private final String tag;
    private final Locale locale;

    Language(String tag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The BCP 47 tag, as in the page's {@code lang} attribute and in stored choices. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language a tag or locale names; "no" (Norwegian without a written form) reads as bokmål. */
    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return switch (language) {
            case "nb", "no" -> Optional.of(BOKMAL);
            case "nn" -> Optional.of(NYNORSK);
            case "en" -> Optional.of(ENGLISH);
            default -> Optional.empty();
        };
    }

    /** The screen's language for a locale; Bokmål for any other. Read for every date on a page, so without parsing a tag. */
    public static Language of(Locale locale) {
        if (locale == null) {
            return BOKMAL;
        }
        return switch (locale.getLanguage()) {
            case "nn" -> NYNORSK;
            case "en" -> ENGLISH;
            default -> BOKMAL;
        };
    }
}
