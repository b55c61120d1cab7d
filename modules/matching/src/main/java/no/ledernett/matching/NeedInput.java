package no.ledernett.matching;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.regex.Pattern;
import no.ledernett.platform.Counties;
import no.ledernett.platform.Language;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Violation;

/** A need as a form or API client states it; {@link #check} turns it into a {@link Need} or names each bad field. */
public record NeedInput(String reference, String label, Long subjectAreaId, Boolean competenceRequired, String municipality,
                        String mode, String writtenForm, String start, String end, Double hoursPerMonth) implements Serializable {

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    static final int MAX_YEARS = 5;

    public Need check(String prefix, Rules rules) {
        String p = prefix == null ? "" : prefix;
        rules.required(p + "municipality", municipality);
        if (municipality != null && !municipality.isBlank()
                && (!FOUR_DIGITS.matcher(municipality.trim()).matches() || !Counties.exists(Counties.ofMunicipality(municipality.trim())))) {
            rules.add(Violation.of(MatchingTexts.RULES, p + "municipality", "municipality.format"));
        }
        MeetingMode parsedMode = rules.oneOf(p + "mode", mode, MeetingMode.class, MatchingTexts.RULES, MeetingMode.IN_PERSON);
        Language form = rules.oneOf(p + "writtenForm", writtenForm, Language.class, MatchingTexts.RULES, null);
        LocalDate from = rules.date(p + "start", start, MatchingTexts.RULES, "date");
        LocalDate to = rules.date(p + "end", end, MatchingTexts.RULES, "date");
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                rules.add(Violation.of(MatchingTexts.RULES, p + "end", "period.order"));
            } else if (to.isAfter(from.plusYears(MAX_YEARS))) {
                rules.add(Violation.of(MatchingTexts.RULES, p + "end", "period.length", MAX_YEARS));
            }
        }
        rules.required(p + "hoursPerMonth", hoursPerMonth);
        if (hoursPerMonth != null && (hoursPerMonth <= 0 || hoursPerMonth > 200)) {
            rules.add(Violation.of(MatchingTexts.RULES, p + "hoursPerMonth", "hours.range", 200));
        }
        boolean required = Boolean.TRUE.equals(competenceRequired);
        if (required && subjectAreaId == null) {
            rules.add(Violation.of(MatchingTexts.RULES, p + "subjectAreaId", "competence.needsSubject"));
        }
        rules.maxLength(p + "label", label, 200).maxLength(p + "reference", reference, 100);
        if (!rules.violations().isEmpty()) {
            return null;
        }
        String ref = reference == null || reference.isBlank() ? "need:" + java.util.UUID.randomUUID() : reference.trim();
        String text = label == null || label.isBlank() ? ref : label.trim();
        return new Need(ref, text, subjectAreaId, required, municipality.trim(), parsedMode, form, from, to, hoursPerMonth);
    }

    /** Checks one need on its own and throws when it is invalid. */
    public Need check() {
        Rules rules = new Rules();
        Need need = check("", rules);
        rules.check();
        return need;
    }
}
