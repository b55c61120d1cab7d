package no.ledernett.matching;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ledernett.platform.Language;

/** Advisers and needs that read like the domain. */
final class Fixtures {

    static final long SKOLE = 1;
    static final long BARNEHAGE = 2;
    static final long HELSE = 3;
    static final long NAV = 5;
    static final LocalDate JAN = LocalDate.of(2027, 1, 1);
    static final LocalDate JUN = LocalDate.of(2027, 6, 30);

    private Fixtures() {
    }

    static AdviserProfile adviser(long id, String county, int capacity, Map<Long, Integer> levels) {
        return new AdviserProfile(id, "Veileder " + id, "seniorrådgiver", true, county, EnumSet.of(Language.BOKMAL), levels, List.of(),
                capacity, Map.of(), Set.of());
    }

    static AdviserProfile with(AdviserProfile a, Map<YearMonth, Double> committed) {
        return new AdviserProfile(a.id(), a.name(), a.title(), a.active(), a.homeCounty(), a.writtenForms(), a.levels(), a.absences(),
                a.monthlyCapacity(), committed, a.municipalitiesServed());
    }

    static Need schoolLeaders(String municipality, boolean competenceRequired, double hours) {
        return new Need("group:" + municipality, "Rektorer " + municipality, SKOLE, competenceRequired, municipality, MeetingMode.IN_PERSON,
                null, JAN, JUN, hours);
    }

    static Need crossDisciplinary(String municipality, double hours) {
        return new Need("group:x" + municipality, "Tverrfaglig " + municipality, null, false, municipality, MeetingMode.VIDEO,
                null, JAN, JUN, hours);
    }

    static Map<YearMonth, Double> every(LocalDate from, LocalDate to, double hours) {
        Map<YearMonth, Double> map = new HashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            map.put(m, hours);
        }
        return map;
    }
}
