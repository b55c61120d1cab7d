package no.ledernett.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import no.ledernett.municipalities.EngagementView;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.municipalities.WrittenForms;
import no.ledernett.platform.Audited;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.NorwegianTime;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.PreconditionRequiredException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;
import no.ledernett.sessions.EngagementActivity;

/**
 * Client reports: staff make them (and write the summary), the municipality's contact reads and
 * downloads them. Anyone else, another municipality's contact included, finds nothing there.
 */
@ApplicationScoped
public class ClientReports {

    static final int MAX_SUMMARY = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Engagements engagements;

    @Inject
    EngagementActivity activity;

    @Inject
    WrittenForms writtenForms;

    @Inject
    Event<Audited> audit;

    /** The period a report covers unless asked otherwise: the engagement's, up to today. */
    public static LocalDate[] defaultPeriod(EngagementView engagement) {
        LocalDate today = NorwegianTime.today();
        LocalDate to = engagement.end().isBefore(today) ? engagement.end() : today;
        return new LocalDate[] {engagement.start(), to.isBefore(engagement.start()) ? engagement.start() : to};
    }

    /**
     * The report for the period ({@code from}/{@code to} as ISO dates; one left out takes the default
     * period's). Without either, the report staff made last, or the figures up to today before any
     * was made. A period the wrong way round or longer than five years is refused.
     */
    public ClientReport report(Viewer viewer, long engagementId, String from, String to) {
        EngagementView engagement = readable(viewer, engagementId);
        LocalDate[] period;
        Optional<ReportSummary> summary;
        if (blank(from) && blank(to)) {
            // Without a period: the report staff made last (the one with the latest summary), which is what the
            // municipality's contact downloads from the portal; before any is made, the figures up to today.
            summary = latest(engagementId);
            period = summary.map(s -> new LocalDate[] {s.getFrom(), s.getTo()}).orElseGet(() -> defaultPeriod(engagement));
        } else {
            period = period(engagement, from, to);
            summary = summary(engagementId, period[0], period[1]);
        }
        return new ClientReport(engagement, period[0], period[1], activity.of(engagementId, period[0], period[1]), engagements.budgetUse(engagement),
                summary.map(ReportSummary::getSummary).orElse(null), summary.map(ReportSummary::getVersion).orElse(null),
                writtenForms.of(new MunicipalityNumber(engagement.municipality().number())).language());
    }

    /** Writes the period's summary; the first needs no version, a change names the one it was based on. */
    @Transactional
    public ClientReport writeSummary(Viewer viewer, long engagementId, String from, String to, String text, Long version) {
        if (viewer == null || !viewer.is(Viewer.Role.STAFF)) {
            throw new NotFoundException("Engagement", engagementId);
        }
        EngagementView engagement = readable(viewer, engagementId);
        LocalDate[] period = period(engagement, from, to);
        Rules rules = new Rules();
        rules.required("summary", text).maxLength("summary", text, MAX_SUMMARY);
        rules.check();
        ReportSummary summary = summary(engagementId, period[0], period[1]).orElse(null);
        if (summary == null) {
            summary = new ReportSummary(engagementId, period[0], period[1]);
            summary.write(text.strip());
            em.persist(summary);
        } else {
            if (version == null) {
                throw new PreconditionRequiredException();
            }
            if (version != summary.getVersion()) {
                throw new ConflictException("ReportSummary", engagementId);
            }
            summary.write(text.strip());
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("ReportSummary", engagementId);
        }
        audit.fire(new Audited(viewer, "report-summary.write", "engagement:" + engagementId));
        return report(viewer, engagementId, period[0].toString(), period[1].toString());
    }

    /** Staff read every engagement's report; a contact only their own municipality's. */
    private EngagementView readable(Viewer viewer, long engagementId) {
        EngagementView engagement;
        try {
            engagement = engagements.view(engagementId);
        } catch (NotFoundException e) {
            throw new NotFoundException("Engagement", engagementId);
        }
        if (viewer == null || !viewer.actsFor(engagement.municipality().number())) {
            throw new NotFoundException("Engagement", engagementId);
        }
        return engagement;
    }

    private static LocalDate[] period(EngagementView engagement, String from, String to) {
        LocalDate[] period = defaultPeriod(engagement);
        Rules rules = new Rules();
        LocalDate start = rules.dateIfGiven("from", from, ReportTexts.RULES, "date");
        LocalDate end = rules.dateIfGiven("to", to, ReportTexts.RULES, "date");
        rules.check();
        start = start == null ? period[0] : start;
        end = end == null ? period[1] : end;
        if (end.isBefore(start)) {
            throw new no.ledernett.platform.InvalidInputException(Violation.of(ReportTexts.RULES, "to", "period.order"));
        }
        if (end.isAfter(start.plusYears(5))) {
            throw new no.ledernett.platform.InvalidInputException(Violation.of(ReportTexts.RULES, "to", "period.length"));
        }
        return new LocalDate[] {start, end};
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private Optional<ReportSummary> latest(long engagementId) {
        return em.createQuery("SELECT s FROM ReportSummary s WHERE s.engagementId = :e ORDER BY s.to DESC, s.id DESC", ReportSummary.class)
                .setParameter("e", engagementId).setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<ReportSummary> summary(long engagementId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT s FROM ReportSummary s WHERE s.engagementId = :e AND s.from = :from AND s.to = :to", ReportSummary.class)
                .setParameter("e", engagementId).setParameter("from", from).setParameter("to", to).getResultStream().findFirst();
    }
}
