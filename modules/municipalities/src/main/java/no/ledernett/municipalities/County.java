package no.ledernett.municipalities;

/** A fylke, as far as the municipality list needs it. */
public record County(String number, String name) {
}
