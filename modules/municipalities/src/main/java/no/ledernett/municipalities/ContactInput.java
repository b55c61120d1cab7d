package no.ledernett.municipalities;

import java.io.Serializable;
import no.ledernett.platform.Rules;

/** What a form or API client sends to create or change a contact. */
public record ContactInput(String municipality, String name, String jobTitle, String email, String phone, Long version) implements Serializable {

    /** The same input based on the given version (an API client may send it as If-Match instead of in the body). */
    public ContactInput withVersion(long version) {
        return new ContactInput(municipality, name, jobTitle, email, phone, version);
    }

    Rules check() {
        return new Rules()
                .required("name", name).maxLength("name", name, 200)
                .maxLength("jobTitle", jobTitle, 200)
                .required("email", email).maxLength("email", email, 254).email("email", email)
                .phone("phone", phone);
    }
}
