package no.ledernett.matching;

/** The language a client wants its adviser to write and speak. */
public enum WrittenForm {
    BOKMAL,
    NYNORSK,
    ENGLISH
}
