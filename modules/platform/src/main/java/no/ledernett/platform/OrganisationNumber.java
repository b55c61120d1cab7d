package no.ledernett.platform;

import java.io.Serializable;
import java.util.Optional;

/**
 * An organisation number in the Central Coordinating Register for Legal Entities
 * (Enhetsregisteret): nine digits, the last a modulus 11 check digit with the weights
 * 3 2 7 6 5 4 3 2. It names the buyer on an EHF invoice, where a wrong one sends the invoice to
 * nobody; a number whose remainder would need the check digit 10 is never issued.
 */
public record OrganisationNumber(String value) implements Serializable {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    public OrganisationNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an organisation number: " + value);
        }
    }

    /** The number as typed, with the spaces people write it with ("964 338 531") left out, when it is one. */
    public static Optional<OrganisationNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replace(" ", "").replace("\u00a0", "").trim();
        return isValid(digits) ? Optional.of(new OrganisationNumber(digits)) : Optional.empty();
    }

    static boolean isValid(String value) {
        if (value == null || value.length() != 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == value.charAt(8) - '0';
    }

    /** As people read it: 964 338 531. */
    public String grouped() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return value;
    }
}
