package no.ledernett.municipalities;

import java.io.Serializable;

/**
 * A leader as another module reads and edits them (the portal's leader list and form): what the
 * form shows, the municipality it belongs to, and the version to send back with a change.
 */
public record LeaderDetails(long id, String municipality, String name, String email, String phone, String positionTitle, String unit, long version)
        implements Serializable {

    static LeaderDetails of(Leader l) {
        return of(l, l.getMunicipalityNumber());
    }

    /** With the municipality already known (a search within one): the leader's lazy municipality is not read. */
    static LeaderDetails of(Leader l, String municipality) {
        return new LeaderDetails(l.getId(), municipality, l.getName(), l.getEmail(), l.getPhone(), l.getPositionTitle(), l.getUnit(),
                l.getVersion());
    }
}
