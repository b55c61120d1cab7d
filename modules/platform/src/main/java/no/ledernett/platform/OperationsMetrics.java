package no.ledernett.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The application's own figures for operations, published by MicroProfile Metrics at
 * {@code /metrics} (scope {@code application}). Modules call one method where the event happens;
 * the names and descriptions live here only. Every metric is registered at start, so it shows
 * as 0 before the first event.
 *
 * <p>Prometheus names: {@code ledernett_meetings_held_total}, {@code ledernett_mails_sent_total},
 * {@code ledernett_mails_failed_total}, {@code ledernett_matching_runs_seconds_count} / {@code _sum} /
 * {@code _max}, {@code ledernett_matching_failures_total}, {@code ledernett_scheduled_runs_total},
 * {@code ledernett_cluster_members}, {@code ledernett_cluster_leading}.
 */
@ApplicationScoped
public class OperationsMetrics {

    @Inject
    MetricRegistry registry;

    private Counter meetingsHeld;
    private Counter mailsSent;
    private Counter mailsFailed;
    private Timer matchingRuns;
    private Counter matchingFailures;
    private Counter signIns;
    private Counter signInsFailed;
    private Counter scheduledRuns;

    @Inject
    Cluster cluster;

    void register(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        ensureRegistered();
    }

    private synchronized void ensureRegistered() {
        if (meetingsHeld == null) {
            meetingsHeld = counter("ledernett.meetings.held", "Group meetings marked as held");
            mailsSent = counter("ledernett.mails.sent", "Mails handed to the mail server");
            mailsFailed = counter("ledernett.mails.failed", "Mail attempts that failed (each is retried later)");
            matchingRuns = registry.timer(Metadata.builder().withName("ledernett.matching.runs")
                    .withDescription("Batch assignment computations (proposals) and how long each took").withUnit(MetricUnits.SECONDS).build());
            matchingFailures = counter("ledernett.matching.failures", "Batch assignment computations that failed");
            signIns = counter("ledernett.signins", "Successful sign-ins (form, OpenID Connect, or an API client's first request)");
            signInsFailed = counter("ledernett.signins.failed", "Refused sign-ins (wrong password, throttled, unknown address)");
            scheduledRuns = counter("ledernett.scheduled.runs", "Runs of the scheduled work (intake requests, reminders, sending mail) on this instance; in a cluster only the leading instance runs it");
            registry.gauge(Metadata.builder().withName("ledernett.cluster.members").withDescription("Instances in the cluster as this one sees them (1 without clustering)").build(),
                    cluster, Cluster::members);
            registry.gauge(Metadata.builder().withName("ledernett.cluster.leading").withDescription("1 when this instance runs the cluster's scheduled work, else 0").build(),
                    cluster, c -> c.leads() ? 1 : 0);
        }
    }

    private Counter counter(String name, String description) {
        return registry.counter(Metadata.builder().withName(name).withDescription(description).build());
    }

    public void signedIn() {
        ensureRegistered();
        signIns.inc();
    }

    public void signInFailed() {
        ensureRegistered();
        signInsFailed.inc();
    }

    /** The scheduled work ran on this instance. */
    public void scheduledRun() {
        ensureRegistered();
        scheduledRuns.inc();
    }

    /** A group meeting was marked as held. */
    public void meetingHeld() {
        ensureRegistered();
        meetingsHeld.inc();
    }

    /** A mail was handed to the mail server. */
    public void mailSent() {
        ensureRegistered();
        mailsSent.inc();
    }

    /** A mail could not be sent (it is retried later). */
    public void mailFailed() {
        ensureRegistered();
        mailsFailed.inc();
    }

    /** A batch assignment computation finished (or failed) after this long. */
    public void matchingRun(Duration took, boolean failed) {
        ensureRegistered();
        matchingRuns.update(took);
        if (failed) {
            matchingFailures.inc();
        }
    }
}
