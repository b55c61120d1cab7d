package no.ledernett.platform;

import java.io.Serializable;
import java.util.List;

/**
 * The sectors a leader works in (skole, helse og omsorg …): a leader's sector is one of the
 * subject areas the matching module keeps. The municipalities module keeps the leaders but sits
 * beside matching, not above it, so it asks here and matching answers.
 */
public interface Sectors {

    /** Every sector in its order, those no longer offered too (a leader may still have one); one statement at most. */
    List<Sector> all();

    /** One sector; {@code active} when it is still offered for new choices. */
    record Sector(long id, String name, boolean active) implements Serializable {
    }
}
