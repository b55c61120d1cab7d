package no.ledernett.municipalities;

import java.io.Serializable;

/** A municipality as a field offers it: "Lillestrøm (3205)", "Kárášjohka – Karasjok (5610)". */
public record MunicipalityChoice(String number, String displayName) implements Serializable {

    public String label() {
        return displayName + " (" + number + ")";
    }
}
