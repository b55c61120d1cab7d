package no.ledernett.groups;

import no.ledernett.platform.NorwegianTime;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import no.ledernett.matching.AdviserOption;
import no.ledernett.matching.Advisers;
import no.ledernett.municipalities.EngagementKind;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.LeaderInput;
import no.ledernett.municipalities.Leaders;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.platform.DemoDataRequested;

/** Leaders in two demo municipalities, a school leaders' group in Bergen and a cross-disciplinary one in Bodø. */
@ApplicationScoped
public class GroupsDemoData {

    private static final Logger LOG = Logger.getLogger(GroupsDemoData.class.getName());
    static final long SKOLE = 1;
    static final long BARNEHAGE = 2;
    static final long HELSE = 3;
    static final long BARNEVERN = 4;
    static final long NAV = 5;
    static final long TEKNISK = 6;
    static final long KULTUR = 7;

    @PersistenceContext
    EntityManager em;

    @Inject
    Leaders leaders;

    @Inject
    Engagements engagements;

    @Inject
    Groups groups;

    @Inject
    Members members;

    @Inject
    GroupAdvisers groupAdvisers;

    @Inject
    Advisers advisers;

    @Transactional
    void load(@Observes @Priority(300) DemoDataRequested request) {
        if (em.createQuery("SELECT COUNT(g) FROM NetworkGroup g", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDate firstTuesday = NorwegianTime.today().plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));

        long skolesjef = leader("4601", "Trude Askeland", "Fagsjef skole", SKOLE, "Etat for skole", null);
        List<Long> bergen = new ArrayList<>();
        bergen.add(leader("4601", "Gunnar Vik", "Rektor", SKOLE, "Laksevåg skole", skolesjef));
        bergen.add(leader("4601", "Mona Hjelle", "Rektor", SKOLE, "Fana skole", skolesjef));
        bergen.add(leader("4601", "Tore Brekke", "Rektor", SKOLE, "Åsane skole", skolesjef));
        bergen.add(leader("4601", "Liv Engen", "Rektor", SKOLE, "Nordnes skole", skolesjef));
        bergen.add(leader("4601", "Ali Hassan", "Avdelingsleder", SKOLE, "Ytrebygda skole", null));
        bergen.add(leader("4601", "Kristin Nesse", "Rektor", SKOLE, "Landås skole", skolesjef));
        bergen.add(leader("4601", "Elin Storm", "Styrer", BARNEHAGE, "Sandsli barnehage", null));
        long bergenEngagement = engagement("4601");
        // Running since three months ago, so the demo has held meetings with a history.
        LocalDate bergenStart = NorwegianTime.today().minusMonths(3).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        NetworkGroup rektorer = groups.create(new GroupInput("Rektornettverket i Bergen", "4601", bergenEngagement, "SUBJECT_SPECIFIC", SKOLE, true,
                "PEER_COACHING", 10, "MONTHLY", 150, bergenStart.toString(), "IN_PERSON", "Rådhuset, møterom 3", "ACTIVE", null, null));
        bergen.forEach(l -> members.add(rektorer.getId(), l, NorwegianTime.today()));
        advisers.options(true).stream().filter(a -> a.name().toLowerCase(java.util.Locale.ROOT).contains("hanne lunde")).findFirst()
                .map(AdviserOption::id).ifPresent(id -> groupAdvisers.assign(rektorer.getId(), id));

        long kommunalsjef = leader("1804", "Bjørn Hansen", "Kommunalsjef helse og omsorg", HELSE, "Helse og omsorg", null);
        List<Long> bodo = new ArrayList<>(List.of(kommunalsjef));
        bodo.add(leader("1804", "Hilde Pedersen", "Enhetsleder", HELSE, "Hjemmetjenesten sentrum", kommunalsjef));
        bodo.add(leader("1804", "Rune Jakobsen", "Rektor", SKOLE, "Bodøsjøen skole", null));
        bodo.add(leader("1804", "Anne Karlsen", "NAV-leder", NAV, "NAV Bodø", null));
        bodo.add(leader("1804", "Espen Nilsen", "Enhetsleder", TEKNISK, "Vann og avløp", null));
        bodo.add(leader("1804", "Sunniva Lie", "Kulturleder", KULTUR, "Stormen kulturhus", null));
        bodo.add(leader("1804", "Ida Johansen", "Barnevernsleder", BARNEVERN, "Barneverntjenesten", null));
        leader("1804", "Maja Solberg", "Styrer", BARNEHAGE, "Hunstad barnehage", null);
        long bodoEngagement = engagement("1804");
        NetworkGroup tverrfaglig = groups.create(new GroupInput("Tverrfaglig ledernettverk Bodø", "1804", bodoEngagement, "CROSS_DISCIPLINARY", null,
                false, "ROUND", 8, "EVERY_SIX_WEEKS", 180, firstTuesday.plusDays(2).toString(), "VIDEO", null, "PLANNED", null, null));
        bodo.forEach(l -> members.add(tverrfaglig.getId(), l, NorwegianTime.today()));
        LOG.info("Demo data loaded: leaders and network groups");
    }

    private long engagement(String municipality) {
        return engagements.views(new MunicipalityNumber(municipality)).stream()
                .filter(e -> e.kind() != EngagementKind.INDIVIDUAL_COACHING).findFirst().orElseThrow().id();
    }

    private long leader(String municipality, String name, String title, long sector, String unit, Long reportsTo) {
        String email = name.toLowerCase().replace(' ', '.').replace("ø", "o").replace("å", "a").replace("æ", "ae")
                + "@" + (municipality.equals("4601") ? "bergen" : "bodo") + ".kommune.no";
        return leaders.register(new LeaderInput(municipality, name, email, null, title, sector, unit, reportsTo, null));
    }
}
