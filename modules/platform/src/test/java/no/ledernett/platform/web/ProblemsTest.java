package no.ledernett.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import no.ledernett.platform.Texts;
import org.junit.jupiter.api.Test;

/** A read that fails never tells the caller that "nothing was saved" (issue 20, item 22); a change still does. */
class ProblemsTest {

    @Test
    void aReadIsNotToldThatNothingWasSaved() {
        for (String kind : List.of("invalid-input", "unexpected", "unavailable")) {
            for (Locale language : List.of(Texts.BOKMAL, Locale.forLanguageTag("nn"), Locale.ENGLISH)) {
                String read = Problems.detail("GET", kind, language, 1);
                String change = Problems.detail("POST", kind, language, 1);
                assertFalse(read.contains("lagr") || read.contains("stored") || read.startsWith("???"), kind + " " + language + ": " + read);
                assertTrue(change.contains("lagr") || change.contains("stored"), kind + " " + language + ": " + change);
            }
        }
    }

    @Test
    void englishCountsFieldsInTheRightNumber() {
        assertEquals("One field has invalid content.", Problems.detail("GET", "invalid-input", Locale.ENGLISH, 1));
        assertEquals("2 fields have invalid content.", Problems.detail("GET", "invalid-input", Locale.ENGLISH, 2));
    }
}
