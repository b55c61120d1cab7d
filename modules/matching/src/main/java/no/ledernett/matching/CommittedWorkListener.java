package no.ledernett.matching;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Put on every entity whose rows are committed work (a group, a coaching course, a published
 * commitment): a change to one makes {@link Workload} add up the hours again. A listener rather
 * than a call in each service, so no way of changing the work can forget it.
 */
public class CommittedWorkListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object work) {
        try {
            CDI.current().select(Workload.class).get().changed();
        } catch (IllegalStateException e) {
            // No container (a tool writing rows outside the application): there is no cache to tell.
        }
    }
}
