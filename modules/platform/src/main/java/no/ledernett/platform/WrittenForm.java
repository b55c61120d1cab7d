package no.ledernett.platform;

/**
 * A municipality's official written form (målform). A neutral municipality accepts both; its
 * people see bokmål, the default, until they choose. Every module turns a written form into the
 * {@link Language} its people read through {@link #language()}, so they all do it the same way.
 */
public enum WrittenForm {
    BOKMAL,
    NYNORSK,
    NEUTRAL;

    public Language language() {
        return this == NYNORSK ? Language.NYNORSK : Language.BOKMAL;
    }
}
