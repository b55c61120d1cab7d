package no.ledernett.municipalities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeaderSyncTest {

    private static Leader registered() {
        Leader known = new Leader(null);
        known.apply(new LeaderInput("3205", "Kari Nordmann", "kari@lillestrom.kommune.no", "+47 400 00 000", "Rektor", 3L, "Skolen", 7L, null));
        return known;
    }

    @Test
    void a_column_the_file_does_not_have_keeps_what_a_registered_leader_has() {
        LeaderSync.Entry fromFile = new LeaderSync.Entry("Kari Nordmann", "kari@lillestrom.kommune.no", null, "Avdelingsleder", null, null, null);
        LeaderSync.Entry kept = LeaderSync.kept(fromFile, Set.of("phone", "unit", "reportsTo", "sector"), registered(), Map.of(7L, "sjef@lillestrom.kommune.no"));
        assertEquals(new LeaderSync.Entry("Kari Nordmann", "kari@lillestrom.kommune.no", "+47 400 00 000", "Avdelingsleder", "Skolen",
                "sjef@lillestrom.kommune.no", null), kept);
    }

    @Test
    void a_column_the_file_has_empties_the_field_when_its_cell_is_empty() {
        LeaderSync.Entry fromFile = new LeaderSync.Entry("Kari Nordmann", "kari@lillestrom.kommune.no", null, null, null, null, null);
        assertEquals(fromFile, LeaderSync.kept(fromFile, Set.of(), registered(), Map.of()));
    }

    @Test
    void a_new_leader_has_nothing_to_keep() {
        LeaderSync.Entry fromFile = new LeaderSync.Entry("Ny Leder", "ny@lillestrom.kommune.no", null, null, null, null, null);
        assertEquals(fromFile, LeaderSync.kept(fromFile, Set.of("phone", "unit"), null, Map.of()));
    }
}
