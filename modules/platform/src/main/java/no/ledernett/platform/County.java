package no.ledernett.platform;

import java.io.Serializable;

/** A fylke: its two-digit number (the first two digits of its municipalities' numbers) and its name. */
public record County(String number, String name) implements Serializable {
}
