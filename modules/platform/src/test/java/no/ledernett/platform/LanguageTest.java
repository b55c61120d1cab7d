package no.ledernett.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void a_locale_gives_its_language_and_bokmal_otherwise() {
        assertEquals(Language.NYNORSK, Language.of(Locale.forLanguageTag("nn-NO")));
        assertEquals(Language.ENGLISH, Language.of(Locale.UK));
        assertEquals(Language.BOKMAL, Language.of(Locale.forLanguageTag("nb")));
        assertEquals(Language.BOKMAL, Language.of(Locale.forLanguageTag("no")));
        assertEquals(Language.BOKMAL, Language.of(Locale.GERMAN));
        assertEquals(Language.BOKMAL, Language.of((Locale) null));
    }

    @Test
    void a_tag_gives_its_language_or_nothing() {
        assertEquals(Language.NYNORSK, Language.of("nn_NO").orElseThrow());
        assertEquals(Language.BOKMAL, Language.of(" no ").orElseThrow());
        assertEquals(true, Language.of("de").isEmpty());
        assertEquals(true, Language.of(" ").isEmpty());
    }
}
