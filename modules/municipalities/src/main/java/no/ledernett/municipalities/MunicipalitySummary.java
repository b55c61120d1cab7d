package no.ledernett.municipalities;

import java.io.Serializable;

/** One row of the municipality list. */
public record MunicipalitySummary(String number, String name, String displayName, String countyNumber,
                                  String countyName, boolean client) implements Serializable {
}
