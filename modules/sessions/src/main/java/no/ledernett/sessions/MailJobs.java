package no.ledernett.sessions;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ledernett.groups.Groups;
import no.ledernett.mail.MailSettings;
import no.ledernett.platform.ApplicationStarted;
import no.ledernett.platform.Cluster;
import no.ledernett.platform.OperationsMetrics;

/**
 * The meetings' and coaching sessions' part of e-mail: queue intake requests as intake opens and
 * reminders the day before; the mail module's {@link no.ledernett.mail.MailSender} sends them. Runs every
 * {@code ledernett.mail.poll-seconds}. Queuing is
 * idempotent (one mail per dedupe key), so a run that repeats does no harm. In a cluster only the
 * leading instance runs it ({@link Cluster#leads()}); the outbox's unique key and the row lock
 * taken when sending keep a mail single even when two instances briefly both think they lead.
 */
@ApplicationScoped
public class MailJobs {

    private static final Logger LOG = Logger.getLogger(MailJobs.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    MeetingMail mail;

    @Inject
    CoachingMail coachingMail;

    /** The instant now; its zone does not matter (see {@link #osloNow}). */
    Clock clock = Clock.systemUTC();

    @Inject
    Groups groups;

    @Inject
    ChallengeIntake challengeIntake;

    @Inject
    MailJobs self;

    @Inject
    Cluster cluster;

    @Inject
    OperationsMetrics metrics;

    private ScheduledFuture<?> task;

    void start(@Observes ApplicationStarted started) throws javax.naming.NamingException {
        // Looked up here rather than injected: Payara does not resolve @Resource(lookup) for this type in library jars.
        ManagedScheduledExecutorService scheduler = javax.naming.InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
        task = scheduler.scheduleWithFixedDelay(this::tick, settings.pollSeconds(), settings.pollSeconds(), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void tick() {
        if (!cluster.leads()) {
            return; // once per cluster: the leading instance queues
        }
        metrics.scheduledRun();
        try {
            int queued = self.queueNotices();
            if (queued > 0) {
                LOG.info("Scheduled work queued mail for " + queued + " meeting and coaching notices (intake requests, reminders)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail run failed; the next run tries again", e);
        }
    }

    /**
     * Now as the consultancy's wall clock shows it. Meetings and sessions are stored as Oslo's local
     * times, so "tomorrow" and "intake is open" are Oslo's, whatever zone the server runs in (on a
     * UTC server the day changes one or two hours late, and reminders went a day wrong in that hour).
     */
    static LocalDateTime osloNow(Clock clock) {
        return LocalDateTime.ofInstant(clock.instant(), IcsWriter.OSLO);
    }

    /** The day whose meetings and sessions are reminded of now: tomorrow in Oslo. */
    static LocalDate reminderDay(Clock clock) {
        return osloNow(clock).toLocalDate().plusDays(1);
    }

    /** Intake requests for meetings whose intake is open, reminders for tomorrow's meetings and coaching sessions. */
    @Transactional
    public int queueNotices() {
        LocalDateTime now = osloNow(clock);
        LocalDate tomorrow = reminderDay(clock);
        List<GroupMeeting> upcoming = em.createQuery("SELECT m FROM GroupMeeting m WHERE m.status = :planned AND m.date BETWEEN :today AND :horizon",
                        GroupMeeting.class)
                .setParameter("planned", MeetingStatus.PLANNED).setParameter("today", now.toLocalDate())
                .setParameter("horizon", now.toLocalDate().plusDays(challengeIntake.opensDays() + 1L)).getResultList();
        int queued = 0;
        for (GroupMeeting m : upcoming) {
            var intake = challengeIntake.of(m);
            if (intake.isOpen(now) && mail.intakeRequest(groups.view(m.getGroupId()), m, intake.closes())) {
                queued++;
            }
            if (m.getDate().equals(tomorrow) && mail.reminder(groups.view(m.getGroupId()), m)) {
                queued++;
            }
        }
        List<Object[]> sessions = em.createQuery("SELECT s, c FROM CoachingSession s, CoachingCourse c WHERE c.id = s.courseId "
                        + "AND s.status = :planned AND s.date = :tomorrow", Object[].class)
                .setParameter("planned", MeetingStatus.PLANNED).setParameter("tomorrow", tomorrow).getResultList();
        for (Object[] row : sessions) {
            if (coachingMail.reminder((CoachingCourse) row[1], (CoachingSession) row[0])) {
                queued++;
            }
        }
        return queued;
    }
}
