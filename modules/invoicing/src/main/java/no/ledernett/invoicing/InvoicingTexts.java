package no.ledernett.invoicing;

/** Where this module's user-facing texts live. */
public final class InvoicingTexts {

    public static final String RULES = "no.ledernett.invoicing.Rules";
    public static final String TEXTS = "no.ledernett.invoicing.web.Texts";
    /** Words that go on the invoices themselves (bokmål, as the EHF is written). */
    public static final String DOCUMENTS = "no.ledernett.invoicing.Documents";

    private InvoicingTexts() {
    }
}
