package no.ledernett.matching;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.ledernett.platform.Counties;
import no.ledernett.platform.Language;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Violation;

/** What a form or API client sends to create or change an adviser. */
public record AdviserInput(String name, String title, String email, String phone, String homeCounty, List<String> writtenForms,
                           Boolean active, Integer monthlyCapacity, List<AbsenceInput> absences, Long version) implements Serializable {

    /** The same input based on the given version (an API client may send it as If-Match instead of in the body). */
    public AdviserInput withVersion(long version) {
        return new AdviserInput(name, title, email, phone, homeCounty, writtenForms, active, monthlyCapacity, absences, version);
    }

    public record AbsenceInput(String start, String end, String reason) implements Serializable {
    }

    record Checked(String name, String title, String email, String phone, String homeCounty, Set<Language> writtenForms,
                   boolean active, int monthlyCapacity, List<Absence> absences) implements Serializable {
    }

    static final int MAX_CAPACITY = 200;

    Checked check() {
        Rules rules = new Rules()
                .required("name", name).maxLength("name", name, 200)
                .required("title", title).maxLength("title", title, 100)
                .required("email", email).maxLength("email", email, 254).email("email", email)
                .phone("phone", phone)
                .required("homeCounty", homeCounty)
                .required("monthlyCapacity", monthlyCapacity);
        if (homeCounty != null && !homeCounty.isBlank() && !Counties.exists(homeCounty.trim())) {
            rules.add(Violation.of(MatchingTexts.RULES, "homeCounty", "county.unknown", homeCounty));
        }
        if (monthlyCapacity != null && (monthlyCapacity < 0 || monthlyCapacity > MAX_CAPACITY)) {
            rules.add(Violation.of("monthlyCapacity", "range", 0, MAX_CAPACITY));
        }
        Set<Language> forms = EnumSet.noneOf(Language.class);
        for (String form : writtenForms == null ? List.<String>of() : writtenForms) {
            Language language = rules.oneOf("writtenForms", form, Language.class, MatchingTexts.RULES);
            if (language != null) {
                forms.add(language);
            }
        }
        if (forms.isEmpty() && !rules.has("writtenForms")) {
            rules.add(Violation.of("writtenForms", "required"));
        }
        List<Absence> parsed = new ArrayList<>();
        List<AbsenceInput> given = absences == null ? List.of() : absences;
        for (int i = 0; i < given.size(); i++) {
            AbsenceInput a = given.get(i) == null ? new AbsenceInput(null, null, null) : given.get(i);
            String field = "absences[" + i + "]";
            // One problem per absence, as both dates share its field.
            LocalDate from = rules.date(field, a.start(), MatchingTexts.RULES, "date");
            LocalDate to = from == null ? null : rules.date(field, a.end(), MatchingTexts.RULES, "date");
            if (from != null && to != null && to.isBefore(from)) {
                rules.add(Violation.of(MatchingTexts.RULES, field + ".end", "period.order"));
            } else if (from != null && to != null) {
                parsed.add(new Absence(from, to, a.reason() == null || a.reason().isBlank() ? null : a.reason().trim()));
            }
        }
        rules.check();
        return new Checked(name.trim(), title.trim(), email.trim(), phone == null || phone.isBlank() ? null : phone.trim(),
                homeCounty.trim(), forms, active == null || active, monthlyCapacity, parsed);
    }
}
