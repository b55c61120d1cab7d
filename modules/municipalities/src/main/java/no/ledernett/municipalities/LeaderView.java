package no.ledernett.municipalities;

import java.io.Serializable;

/**
 * A leader as another module needs them: who they are, where they work, how to reach them, and
 * whether they were erased. Other modules work with leaders by id and this record, never the
 * {@link Leader} entity, so this module can change its tables without breaking its neighbours.
 */
public record LeaderView(long id, String name, String email, String municipalityNumber, String municipalityName, boolean erased)
        implements Serializable {

    static LeaderView of(Leader leader) {
        return new LeaderView(leader.getId(), leader.getName(), leader.getEmail(), leader.getMunicipality().getNumber(),
                leader.getMunicipality().getName(), leader.isErased());
    }
}
