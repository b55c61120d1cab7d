package no.ledernett.municipalities;

/** Where this module's user-facing texts live. */
public final class MunicipalityTexts {

    public static final String RULES = "no.ledernett.municipalities.Rules";

    private MunicipalityTexts() {
    }
}
