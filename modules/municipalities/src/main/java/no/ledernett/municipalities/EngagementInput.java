package no.ledernett.municipalities;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Violation;

/**
 * What a form or API client sends to create or change an engagement. Everything arrives as
 * text so that a wrong value is reported on its own field rather than as an unreadable body.
 */
public record EngagementInput(String municipality, String kind, String programme, String start, String end,
                              Integer hourBudget, String status, String notes, Long version) implements Serializable {

    static final int MAX_BUDGET = 100_000;
    static final int MAX_YEARS = 10;

    /** The same input with every value parsed and every rule met. */
    record Checked(EngagementKind kind, String programme, LocalDate start, LocalDate end, int hourBudget,
                   EngagementStatus status, String notes) implements Serializable {
    }

    /** Checks every rule that needs no database and returns the parsed values, or throws naming each bad field. */
    Checked check(Rules rules) {
        EngagementKind parsedKind = parseEnum(rules, "kind", kind, EngagementKind.class);
        EngagementStatus parsedStatus = status == null || status.isBlank()
                ? EngagementStatus.DRAFT
                : parseEnum(rules, "status", status, EngagementStatus.class);
        LocalDate from = parseDate(rules, "start", start);
        LocalDate to = parseDate(rules, "end", end);
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

    private static <E extends Enum<E>> E parseEnum(Rules rules, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            rules.required(field, value);
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            rules.add(Violation.of(MunicipalityTexts.RULES, field, "oneOf", String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }

    private static LocalDate parseDate(Rules rules, String field, String value) {
        if (value == null || value.isBlank()) {
            rules.required(field, value);
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            rules.add(Violation.of(MunicipalityTexts.RULES, field, "date"));
            return null;
        }
    }
}
