package no.ledernett.reports;

import java.io.Serializable;
import java.time.LocalDate;
import no.ledernett.municipalities.BudgetUse;
import no.ledernett.municipalities.EngagementView;
import no.ledernett.platform.Language;
import no.ledernett.sessions.EngagementActivity;

/**
 * What was delivered under an engagement in a period, as the municipality receives it: figures
 * only (never a challenge, a next step or a note, and no rate that could single out a leader) and
 * the summary staff wrote, in the municipality's written form.
 *
 * @param budget         the engagement's hour budget and the hours used so far, all periods
 * @param summaryVersion the summary's version, for the next change; null while none is written
 */
public record ClientReport(EngagementView engagement, LocalDate from, LocalDate to, EngagementActivity.Figures figures, BudgetUse budget,
                           String summary, Long summaryVersion, Language language) implements Serializable {
}
