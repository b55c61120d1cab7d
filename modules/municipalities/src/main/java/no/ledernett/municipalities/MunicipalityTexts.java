package no.ledernett.municipalities;

/** Where this module's user-facing texts live. */
public final class MunicipalityTexts {

    public static final String RULES = "no.ledernett.municipalities.Rules";
    /** Screen texts; also the bokmål placeholder name stored for an erased leader. */
    public static final String TEXTS = "no.ledernett.municipalities.web.Texts";

    private MunicipalityTexts() {
    }
}
