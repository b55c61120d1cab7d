package no.ledernett.platform;

import java.io.Serializable;

/**
 * One answer of the search across everything: what it is, its name, a line that tells it apart,
 * and the page where it is worked on (a path under the context root, with its query).
 *
 * @param kind   {@code municipality}, {@code leader}, {@code group}, {@code adviser}, {@code engagement}, {@code meeting}, {@code coaching}
 * @param label  its name
 * @param detail what tells two of the same name apart (a municipality, an e-mail, a date); may be empty
 * @param link   where it is worked on, e.g. {@code /admin/groups/group.xhtml?id=12}
 */
public record SearchHit(String kind, String label, String detail, String link) implements Serializable {
}
