package no.ledernett.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import no.ledernett.platform.Language;
import no.ledernett.platform.Violation;
import org.junit.jupiter.api.Test;

/** A refused run names its month as people write it, in their language, not as "2026-11". */
class RunMessagesTest {

    private static String empty(Language language) {
        return Violation.of(InvoicingTexts.RULES, "month", "run.empty", InvoiceRuns.named(YearMonth.of(2026, 11))).message(language.locale());
    }

    @Test
    void the_month_is_named_in_the_readers_language() {
        assertEquals("Det er ingen timer og ingen fastpris-avtaler å fakturere til og med november 2026.", empty(Language.BOKMAL));
        assertEquals("Det er ingen timar og ingen fastprisavtalar å fakturere til og med november 2026.", empty(Language.NYNORSK));
        assertEquals("There are no hours and no fixed-price engagements to invoice up to November 2026.", empty(Language.ENGLISH));
    }

    @Test
    void a_month_stays_itself_whatever_the_servers_time_zone() {
        java.util.TimeZone before = java.util.TimeZone.getDefault();
        try {
            for (String zone : new String[] {"Etc/GMT+12", "Pacific/Kiritimati"}) {
                java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
                assertEquals("November 2026", new java.text.SimpleDateFormat("MMMM yyyy", java.util.Locale.UK).format(InvoiceRuns.named(YearMonth.of(2026, 11))), zone);
            }
        } finally {
            java.util.TimeZone.setDefault(before);
        }
    }
}
