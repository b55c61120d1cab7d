package no.ledernett.portal;

import java.io.Serializable;

/** Fired, in the submitting transaction, when a municipality's contact sends a request from the portal. */
public record ServiceRequested(long requestId, String municipalityNumber, String kind) implements Serializable {
}
