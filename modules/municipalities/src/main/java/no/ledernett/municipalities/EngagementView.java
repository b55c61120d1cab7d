package no.ledernett.municipalities;

import java.io.Serializable;
import java.time.LocalDate;

/** An engagement as another module shows it, with the hours used against its budget. */
public record EngagementView(long id, EngagementKind kind, String programmeName, LocalDate start, LocalDate end, int hourBudget, BudgetUse use)
        implements Serializable {
}
