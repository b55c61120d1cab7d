package no.ledernett.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.ledernett.groups.GroupsConfig;
import no.ledernett.groups.GroupView;
import no.ledernett.municipalities.HoursUsed;
import no.ledernett.platform.CsvCell;
import no.ledernett.platform.Texts;

/** Hours logged against engagements, as the basis for invoicing. */
@ApplicationScoped
public class HoursLog implements HoursUsed {

    @PersistenceContext
    EntityManager em;

    @Inject
    GroupsConfig groupsConfig;

    @Inject
    no.ledernett.municipalities.Engagements engagements;

    @Inject
    jakarta.enterprise.event.Event<HoursLogged> hoursLogged;

    /**
     * Whether work on this day lies outside the engagement's period. Such hours are still logged
     * (the work was done, and a refused entry would be lost or backdated), but staff are warned
     * where it happens and on the engagement's hours, since what was bought does not cover it.
     */
    public boolean outsidePeriod(long engagementId, LocalDate day) {
        return engagements.view(engagementId).outside(day);
    }

    /** Logs a held meeting's hours (its length plus preparation) once; logging it again changes nothing. */
    void logMeeting(GroupMeeting meeting, GroupView group) {
        String reference = "meeting:" + meeting.getId();
        boolean logged = !em.createQuery("SELECT h FROM HoursEntry h WHERE h.reference = :r", HoursEntry.class)
                .setParameter("r", reference).getResultList().isEmpty();
        if (!logged) {
            double hours = Math.round((meeting.minutes() / 60.0 + groupsConfig.preparationHours()) * 100) / 100.0;
            em.persist(new HoursEntry(group.engagementId(), meeting.getDate(), hours, reference,
                    Texts.format(SessionsTexts.TEXTS, Texts.BOKMAL, "hours.entry.meeting", group.name(), String.valueOf(meeting.getNumberInSeries())),
                    group.adviserId()));
            hoursLogged.fire(new HoursLogged(group.engagementId()));
        }
    }

    /** Logs the hours of a coaching session held or missed without notice, once. */
    void logCoaching(CoachingSession session, CoachingCourse course, double preparationHours) {
        String reference = "coaching:" + session.getId();
        boolean logged = !em.createQuery("SELECT h FROM HoursEntry h WHERE h.reference = :r", HoursEntry.class)
                .setParameter("r", reference).getResultList().isEmpty();
        if (!logged) {
            double h = Math.round((session.minutes() / 60.0 + preparationHours) * 100) / 100.0;
            em.persist(new HoursEntry(course.getEngagementId(), session.getDate(), h, reference, Texts.format(SessionsTexts.TEXTS, Texts.BOKMAL,
                    session.getStatus() == MeetingStatus.NO_SHOW ? "coaching.label.noShow" : "coaching.label"), course.getAdviserId()));
            hoursLogged.fire(new HoursLogged(course.getEngagementId()));
        }
    }

    @Override
    public Map<Long, Double> byEngagement(Collection<Long> engagementIds) {
        Map<Long, Double> used = new HashMap<>();
        em.createQuery("SELECT h.engagementId, SUM(h.hours) FROM HoursEntry h WHERE h.engagementId IN :ids GROUP BY h.engagementId", Object[].class)
                .setParameter("ids", engagementIds).getResultList()
                .forEach(r -> used.put((Long) r[0], ((Number) r[1]).doubleValue()));
        return used;
    }

    public List<HoursEntry> entries(long engagementId, YearMonth month) {
        LocalDate from = month == null ? LocalDate.of(1900, 1, 1) : month.atDay(1);
        LocalDate to = month == null ? LocalDate.of(9999, 12, 31) : month.atEndOfMonth();
        return em.createQuery("SELECT h FROM HoursEntry h WHERE h.engagementId = :e AND h.date BETWEEN :from AND :to ORDER BY h.date, h.id",
                        HoursEntry.class)
                .setParameter("e", engagementId).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /**
     * The hours of an engagement as CSV for invoicing: one line per entry with its month, and a
     * total per month. Semicolons and decimal commas, as Norwegian spreadsheets expect; the one text
     * cell (a group's or leader's name is in it) goes through {@link CsvCell}, so it is never a formula.
     */
    public String csv(long engagementId, YearMonth month) {
        StringBuilder csv = new StringBuilder(Texts.format(SessionsTexts.TEXTS, Texts.BOKMAL, "hours.csv.header")).append('\n');
        Map<YearMonth, Double> totals = new java.util.TreeMap<>();
        for (HoursEntry h : entries(engagementId, month)) {
            YearMonth m = YearMonth.from(h.getDate());
            csv.append(engagementId).append(';').append(m).append(';').append(h.getDate()).append(';')
                    .append(CsvCell.text(h.getDescription())).append(';').append(number(h.getHours())).append('\n');
            totals.merge(m, h.getHours(), Double::sum);
        }
        String total = Texts.format(SessionsTexts.TEXTS, Texts.BOKMAL, "hours.csv.sum");
        totals.forEach((m, sum) -> csv.append(engagementId).append(';').append(m).append(";;").append(total).append(';').append(number(sum)).append('\n'));
        return csv.toString();
    }

    private static String number(double hours) {
        return String.format(Locale.forLanguageTag("nb"), "%.2f", hours);
    }
}
