package no.ledernett.municipalities.web;

import java.time.LocalDate;
import no.ledernett.municipalities.Engagement;

/** An engagement as the API shows it. */
public record EngagementJson(long id, String municipality, String kind, String programme, LocalDate start, LocalDate end,
                             int hourBudget, Double hoursUsed, String budgetWarning, String status, String notes, long version) {

    static EngagementJson of(Engagement e) {
        return of(e, null);
    }

    static EngagementJson of(Engagement e, no.ledernett.municipalities.BudgetUse use) {
        return new EngagementJson(e.getId(), e.getMunicipality().getNumber(), e.getKind().name(), e.getProgrammeName(),
                e.getStart(), e.getEnd(), e.getHourBudget(), use == null ? null : use.used(), use == null ? null : use.level().name(),
                e.getStatus().name(), e.getNotes(), e.getVersion());
    }
}
