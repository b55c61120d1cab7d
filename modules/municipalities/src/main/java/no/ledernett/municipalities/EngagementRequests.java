package no.ledernett.municipalities;

import java.util.Locale;
import java.util.Optional;

/**
 * Requests for work that a higher module keeps (the portal's requests from municipality
 * contacts), as drafts for the engagement form: "Lag avtale" on a request opens the form filled
 * in from it, and saving tells the request it has been answered. Declared here, implemented there,
 * as with {@link HoursUsed}.
 */
public interface EngagementRequests {

    /** The engagement a request asks for, to be checked and saved by staff; empty when there is no such request. */
    Optional<EngagementInput> draft(long requestId, Locale locale);

    /** An engagement was made from the request. */
    void engaged(long requestId, long engagementId);
}
