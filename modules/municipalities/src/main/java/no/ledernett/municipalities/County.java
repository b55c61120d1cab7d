package no.ledernett.municipalities;

import java.io.Serializable;

/** A fylke, as far as the municipality list needs it. */
public record County(String number, String name) implements Serializable {
}
