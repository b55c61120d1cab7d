package no.ledernett.municipalities;

import java.io.Serializable;
import java.time.LocalDate;

/** An engagement with the hours used against its budget, as the portal shows a contact their own. */
public record EngagementBudget(long id, EngagementKind kind, String programmeName, LocalDate start, LocalDate end, int hourBudget, BudgetUse use)
        implements Serializable {
}
