package no.ledernett.municipalities;

import java.io.Serializable;
import java.util.regex.Pattern;
import no.ledernett.platform.Counties;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Violation;

/**
 * A kommunenummer: exactly four digits, the first two being the county. Whether the number
 * exists in the current structure is for {@link MunicipalityDirectory} to say.
 */
public record MunicipalityNumber(String value) implements Serializable {

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    public MunicipalityNumber {
        if (value == null || !FOUR_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("A municipality number has four digits: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FOUR_DIGITS.matcher(value.trim()).matches();
    }

    /** Parses user input, naming the field when it is not four digits. */
    public static MunicipalityNumber parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(Violation.of(field, "required"));
        }
        if (!isWellFormed(value)) {
            throw new InvalidInputException(Violation.of(MunicipalityTexts.RULES, field, "municipality.format"));
        }
        return new MunicipalityNumber(value.trim());
    }

    public String countyNumber() {
        return Counties.ofMunicipality(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
