package no.ledernett.invoicing;

/** Whom an invoice is to: the municipality, its organisation number (may be missing) and its reference. */
record Buyer(String municipalityNumber, String name, String organisationNumber, String reference) {
}
