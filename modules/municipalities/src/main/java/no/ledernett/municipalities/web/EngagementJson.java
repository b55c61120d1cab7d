package no.ledernett.municipalities.web;

import java.time.LocalDate;
import no.ledernett.municipalities.Engagement;

/** An engagement as the API shows it. */
public record EngagementJson(long id, String municipality, String kind, String programme, LocalDate start, LocalDate end,
                             int hourBudget, String status, String notes, long version) {

    static EngagementJson of(Engagement e) {
        return new EngagementJson(e.getId(), e.getMunicipality().getNumber(), e.getKind().name(), e.getProgrammeName(),
                e.getStart(), e.getEnd(), e.getHourBudget(), e.getStatus().name(), e.getNotes(), e.getVersion());
    }
}
