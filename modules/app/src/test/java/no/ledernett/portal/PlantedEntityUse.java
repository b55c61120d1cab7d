package no.ledernett.portal;

import no.ledernett.municipalities.Leader;

/** A deliberate violation for ModuleApisTest: the portal holding the municipalities module's entity. */
public final class PlantedEntityUse {

    Leader leader;
}
