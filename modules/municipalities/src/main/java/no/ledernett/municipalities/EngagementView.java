package no.ledernett.municipalities;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An engagement as another module needs it: what was bought, by whom, for which period. The
 * component names are the entity's property names, so pages read {@code #{e.municipality.name}}
 * and {@code #{e.start}} as before.
 */
public record EngagementView(long id, MunicipalityRef municipality, EngagementKind kind, String programmeName, LocalDate start, LocalDate end,
                             int hourBudget) implements Serializable {

    /** The buying municipality by number and name. */
    public record MunicipalityRef(String number, String name) implements Serializable {
    }

    static EngagementView of(Engagement e) {
        return new EngagementView(e.getId(), new MunicipalityRef(e.getMunicipality().getNumber(), e.getMunicipality().getName()), e.getKind(),
                e.getProgrammeName(), e.getStart(), e.getEnd(), e.getHourBudget());
    }

    /** Whether a day lies outside the engagement's period. */
    public boolean outside(LocalDate day) {
        return day.isBefore(start) || day.isAfter(end);
    }
}
