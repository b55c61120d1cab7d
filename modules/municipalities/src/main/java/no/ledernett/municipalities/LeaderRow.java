package no.ledernett.municipalities;

import java.io.Serializable;

/**
 * A leader as a row in a list screen. A list keeps its current page for as long as the view lives
 * (in the HTTP session, replicated in a cluster); a {@link Leader} entity kept there would hold on
 * to the whole persistence context of the request that read it, through its lazy municipality.
 */
public record LeaderRow(long id, String name, String email, String positionTitle, Long sectorId, String unit) implements Serializable {

    public static LeaderRow of(Leader leader) {
        return new LeaderRow(leader.getId(), leader.getName(), leader.getEmail(), leader.getPositionTitle(), leader.getSectorId(), leader.getUnit());
    }

    // Getters for Faces expressions ({@code #{l.name}}), which do not read record components.

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public Long getSectorId() {
        return sectorId;
    }

    public String getUnit() {
        return unit;
    }
}
