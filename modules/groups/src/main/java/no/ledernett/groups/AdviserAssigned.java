package no.ledernett.groups;

import java.io.Serializable;

/**
 * Fired, in the assigning transaction, when a group gets an adviser: chosen on the group's page or
 * given by a published proposal. Observers that tell the adviser should wait for the commit.
 */
public record AdviserAssigned(long groupId, String groupName, long adviserId) implements Serializable {
}
