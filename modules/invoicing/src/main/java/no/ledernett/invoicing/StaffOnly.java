package no.ledernett.invoicing;

import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Viewer;

/**
 * Prices, invoices and what a municipality pays are for the consultancy's staff. The container
 * and the API filter already keep others out; the services check again, and answer as if nothing
 * were there, so a hole elsewhere does not show what exists.
 */
final class StaffOnly {

    private StaffOnly() {
    }

    static void check(Viewer viewer) {
        if (viewer == null || !viewer.is(Viewer.Role.STAFF)) {
            throw new NotFoundException("Invoicing", 0);
        }
    }
}
