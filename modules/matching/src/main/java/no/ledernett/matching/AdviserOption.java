package no.ledernett.matching;

import java.io.Serializable;

/**
 * An adviser as a choice in a list: what a filter or a select needs, and no more. Screens keep
 * their choices for as long as the view lives (in the HTTP session, replicated in a cluster), so
 * keeping entities there cost every view about 80 advisers with their lazy collections.
 */
public record AdviserOption(long id, String name) implements Serializable {

    /** For Faces expressions ({@code #{a.id}}), which do not read record components. */
    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
