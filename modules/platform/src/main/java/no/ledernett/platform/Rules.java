package no.ledernett.platform;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Collects the violations of one input, with the checks every form needs, so a service can
 * report all problems at once instead of the first one only.
 */
public final class Rules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ]{8,15}$");

    private final List<Violation> violations = new ArrayList<>();

    public Rules required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            violations.add(Violation.of(field, "required"));
        }
        return this;
    }

    public Rules maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(Violation.of(field, "maxLength", max));
        }
        return this;
    }

    public Rules email(String field, String value) {
        if (value != null && !value.isBlank() && !EMAIL.matcher(value.trim()).matches()) {
            violations.add(Violation.of(field, "email"));
        }
        return this;
    }

    /** An organisation number (nine digits, modulus 11), spaces allowed; null when blank or not one. */
    public OrganisationNumber organisationNumber(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<OrganisationNumber> number = OrganisationNumber.parse(value);
        if (number.isEmpty()) {
            violations.add(Violation.of(field, "organisationNumber"));
        }
        return number.orElse(null);
    }

    public Rules phone(String field, String value) {
        if (value != null && !value.isBlank() && !PHONE.matcher(value.trim()).matches()) {
            violations.add(Violation.of(field, "phone"));
        }
        return this;
    }

    /**
     * An ISO date (2026-12-31), or null when it is not one. Blank text breaks {@code required};
     * other text breaks {@code rule}, worded in the caller's {@code bundle}, since each module
     * words (and names) its own date rule.
     */
    public LocalDate date(String field, String value, String bundle, String rule) {
        return parsed(field, value, LocalDate::parse, true, null, bundle, rule);
    }

    /** The same for an optional date: blank gives null and breaks nothing. */
    public LocalDate dateIfGiven(String field, String value, String bundle, String rule) {
        return parsed(field, value, LocalDate::parse, false, null, bundle, rule);
    }

    /** A time of day (09:30), or null when it is not one; blank breaks {@code required}. */
    public LocalTime time(String field, String value, String bundle, String rule) {
        return parsed(field, value, LocalTime::parse, true, null, bundle, rule);
    }

    /** A month (2026-11), or null when none is given or it is not one; other text breaks {@code rule}. */
    public YearMonth monthIfGiven(String field, String value, String bundle, String rule) {
        return parsed(field, value, YearMonth::parse, false, null, bundle, rule);
    }

    /**
     * One of an enum's names, in any case (clients write {@code admin} as often as {@code ADMIN}),
     * or null when it is none of them. Blank text breaks {@code required}; an unknown name breaks
     * {@code oneOf}, which lists the names.
     */
    public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, String bundle) {
        return parsed(field, value, name(type), true, null, bundle, "oneOf", names(type));
    }

    /** The same for an optional choice: blank gives {@code whenBlank}, and so does an unknown name (which is reported). */
    public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, String bundle, E whenBlank) {
        return oneOf(field, value, type, bundle, "oneOf", whenBlank);
    }

    /**
     * The same, where the module words the choice in a rule of its own ("choose a role: staff,
     * adviser, ..."); the rule's text gets the names as {0} should it want them.
     */
    public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, String bundle, String rule, E whenBlank) {
        return parsed(field, value, name(type), false, whenBlank, bundle, rule, names(type));
    }

    /**
     * One value read on its own, such as a query parameter, and answered at once when it breaks a
     * rule, as the only problem: {@code Rules.checked(r -> r.monthIfGiven("month", month, ...))}.
     */
    public static <T> T checked(Function<Rules, T> read) {
        Rules rules = new Rules();
        T value = read.apply(rules);
        rules.check();
        return value;
    }

    /**
     * A check that throws at its first problem, such as a lookup that names its field, with what it
     * found wrong kept here beside the other problems; null when it threw.
     */
    public <T> T kept(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    private <T> T parsed(String field, String value, Function<String, T> parser, boolean required, T otherwise,
                         String bundle, String rule, Object... args) {
        if (value == null || value.isBlank()) {
            if (required) {
                required(field, value);
            }
            return otherwise;
        }
        try {
            return parser.apply(value.trim());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            violations.add(Violation.of(bundle, field, rule, args));
            return otherwise;
        }
    }

    private static <E extends Enum<E>> Function<String, E> name(Class<E> type) {
        return name -> Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    }

    private static String names(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    public Rules add(Violation violation) {
        violations.add(violation);
        return this;
    }

    public boolean has(String field) {
        return violations.stream().anyMatch(v -> v.field().equals(field));
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** Throws when any rule was broken. */
    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
