package no.ledernett.portal;

import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Viewer;

/** The portal's first check: who is asking, and for which municipality. Anyone else finds nothing. */
final class Tenancy {

    private Tenancy() {
    }

    static String contactMunicipality(Viewer viewer) {
        if (viewer == null || !viewer.is(Viewer.Role.CONTACT) || viewer.municipality() == null) {
            throw new NotFoundException("Municipality", "portal");
        }
        return viewer.municipality();
    }

    static long leader(Viewer viewer) {
        if (viewer == null || !viewer.is(Viewer.Role.PARTICIPANT) || viewer.leaderId() == null) {
            throw new NotFoundException("Leader", "portal");
        }
        return viewer.leaderId();
    }
}
