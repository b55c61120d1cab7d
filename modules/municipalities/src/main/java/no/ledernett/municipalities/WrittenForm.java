package no.ledernett.municipalities;

import no.ledernett.platform.Language;

/**
 * A municipality's official written form (målform). A neutral municipality accepts both; its
 * people see bokmål, the default, until they choose.
 */
public enum WrittenForm {
    BOKMAL,
    NYNORSK,
    NEUTRAL;

    public Language language() {
        return this == NYNORSK ? Language.NYNORSK : Language.BOKMAL;
    }
}
