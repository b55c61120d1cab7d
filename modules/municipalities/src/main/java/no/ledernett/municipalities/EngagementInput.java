package no.ledernett.municipalities;

import java.io.Serializable;
import java.time.LocalDate;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Violation;

/**
 * What a form or API client sends to create or change an engagement. Everything arrives as
 * text so that a wrong value is reported on its own field rather than as an unreadable body.
 */
public record EngagementInput(String municipality, String kind, String programme, String start, String end,
                              Integer hourBudget, String status, String notes, Long version) implements Serializable {

    /** The same input based on the given version (an API client may send it as If-Match instead of in the body). */
    public EngagementInput withVersion(long version) {
        return new EngagementInput(municipality, kind, programme, start, end, hourBudget, status, notes, version);
    }

    static final int MAX_BUDGET = 100_000;
    static final int MAX_YEARS = 10;

    /** The same input with every value parsed and every rule met. */
    record Checked(EngagementKind kind, String programme, LocalDate start, LocalDate end, int hourBudget,
                   EngagementStatus status, String notes) implements Serializable {
    }

    /** Checks every rule that needs no database and returns the parsed values, or throws naming each bad field. */
    Checked check(Rules rules) {
        EngagementKind parsedKind = rules.oneOf("kind", kind, EngagementKind.class, MunicipalityTexts.RULES);
        EngagementStatus parsedStatus = status == null || status.isBlank()
                ? EngagementStatus.DRAFT
                : rules.oneOf("status", status, EngagementStatus.class, MunicipalityTexts.RULES);
        LocalDate from = rules.date("start", start, MunicipalityTexts.RULES, "date");
        LocalDate to = rules.date("end", end, MunicipalityTexts.RULES, "date");
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                rules.add(Violation.of(MunicipalityTexts.RULES, "end", "period.order"));
            } else if (to.isAfter(from.plusYears(MAX_YEARS))) {
                rules.add(Violation.of(MunicipalityTexts.RULES, "end", "period.length", MAX_YEARS));
            }
        }
        rules.required("hourBudget", hourBudget);
        if (hourBudget != null && (hourBudget < 1 || hourBudget > MAX_BUDGET)) {
            rules.add(Violation.of("hourBudget", "range", 1, MAX_BUDGET));
        }
        rules.maxLength("programme", programme, 200).maxLength("notes", notes, 4000);
        rules.check();
        String programmeName = programme == null || programme.isBlank() ? null : programme.trim();
        return new Checked(parsedKind, programmeName, from, to, hourBudget, parsedStatus, notes);
    }
}
