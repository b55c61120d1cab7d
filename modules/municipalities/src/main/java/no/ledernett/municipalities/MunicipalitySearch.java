package no.ledernett.municipalities;

import java.io.Serializable;

/**
 * Filters for the municipality list; every part is optional.
 *
 * @param text        part of the name (also Sami or Kven names) or the number
 * @param county      two-digit county number
 * @param clientsOnly only municipalities with a current engagement
 */
public record MunicipalitySearch(String text, String county, boolean clientsOnly) implements Serializable {

    public static MunicipalitySearch all() {
        return new MunicipalitySearch(null, null, false);
    }
}
