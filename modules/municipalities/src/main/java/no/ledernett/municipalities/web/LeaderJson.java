package no.ledernett.municipalities.web;

import no.ledernett.municipalities.Leader;

/** A leader as the API shows them. */
public record LeaderJson(long id, String municipality, String name, String email, String phone, String positionTitle, Long sectorId,
                         String unit, Long reportsToId, long version) {

    static LeaderJson of(Leader l) {
        return new LeaderJson(l.getId(), l.getMunicipalityNumber(), l.getName(), l.getEmail(), l.getPhone(), l.getPositionTitle(),
                l.getSectorId(), l.getUnit(), l.getReportsToId(), l.getVersion());
    }
}
