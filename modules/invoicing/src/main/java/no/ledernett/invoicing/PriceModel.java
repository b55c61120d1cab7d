package no.ledernett.invoicing;

/** How an engagement is priced: by the hours logged, or a fixed price per month for what it covers. */
public enum PriceModel {
    HOURLY,
    FIXED
}
