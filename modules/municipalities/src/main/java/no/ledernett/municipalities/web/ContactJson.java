package no.ledernett.municipalities.web;

import no.ledernett.municipalities.Contact;

/** A contact as the API shows it. */
public record ContactJson(long id, String municipality, String name, String jobTitle, String email, String phone, long version) {

    static ContactJson of(Contact c) {
        return new ContactJson(c.getId(), c.getMunicipality().getNumber(), c.getName(), c.getJobTitle(), c.getEmail(), c.getPhone(), c.getVersion());
    }
}
