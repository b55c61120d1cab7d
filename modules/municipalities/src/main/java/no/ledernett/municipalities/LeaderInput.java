package no.ledernett.municipalities;

import java.io.Serializable;
import no.ledernett.platform.Rules;

/** What a form or API client sends to register or change a leader. */
public record LeaderInput(String municipality, String name, String email, String phone, String positionTitle, Long sectorId,
                          String unit, Long reportsToId, Long version) implements Serializable {

    /** The same input based on the given version (an API client may send it as If-Match instead of in the body). */
    public LeaderInput withVersion(long version) {
        return new LeaderInput(municipality, name, email, phone, positionTitle, sectorId, unit, reportsToId, version);
    }

    Rules check() {
        return new Rules()
                .required("name", name).maxLength("name", name, 200)
                .required("email", email).maxLength("email", email, 254).email("email", email)
                .phone("phone", phone)
                .maxLength("positionTitle", positionTitle, 200)
                .maxLength("unit", unit, 200);
    }
}
