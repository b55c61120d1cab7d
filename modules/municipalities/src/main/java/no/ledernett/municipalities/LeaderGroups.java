package no.ledernett.municipalities;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The network groups a leader is or was in, for the leader's page. The groups module sits above
 * this one and answers, as sessions answers {@link LeaderActivity}; the page keeps its own table
 * for them (name, since, until), shown even when empty, unlike the activity sections.
 */
public interface LeaderGroups {

    /** The leader's memberships, current ones first; one statement. */
    List<Membership> of(long leaderId);

    /**
     * One group the leader is or was in.
     *
     * @param group  the group's name
     * @param link   the group's page (view id and query)
     * @param joined when the leader joined it
     * @param left   when the leader left it; null while they are in it
     */
    record Membership(String group, String link, LocalDate joined, LocalDate left) implements Serializable {
    }
}
