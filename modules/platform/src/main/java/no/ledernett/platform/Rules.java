package no.ledernett.platform;

import java.util.ArrayList;
import java.util.List;
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

    public Rules phone(String field, String value) {
        if (value != null && !value.isBlank() && !PHONE.matcher(value.trim()).matches()) {
            violations.add(Violation.of(field, "phone"));
        }
        return this;
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
