package no.ledernett.municipalities;

import java.io.Serializable;

/** A municipality's contact as another module needs them: who they are and their address, never the {@link Contact} entity. */
public record ContactCard(long id, String name, String email) implements Serializable {
}
