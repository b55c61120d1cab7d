package no.ledernett.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.ledernett.groups.AdviserAssigned;
import no.ledernett.mail.MailFailedForGood;
import no.ledernett.portal.ServiceRequested;
import no.ledernett.sessions.HoursLogged;

/**
 * Hears the other modules' events in the transaction of the change that caused them and writes each
 * down ({@link PendingEvent}); the {@link EventRelay} tells people once that change has committed.
 * Nothing here reads or tells, so hearing an event costs the change one insert and can never make
 * it fail for a reason of ours.
 */
@ApplicationScoped
public class Events {

    /** Fired once per event written down; heard after the commit, to start the relay at once. */
    public enum Written {
        EVENT
    }

    @Inject
    EventQueue queue;

    @Inject
    Event<Written> written;

    @Transactional
    void hoursLogged(@Observes HoursLogged logged) {
        add(new PendingEvent(PendingEvent.Kind.HOURS_LOGGED, logged.engagementId(), null, null));
    }

    @Transactional
    void requested(@Observes ServiceRequested requested) {
        add(new PendingEvent(PendingEvent.Kind.SERVICE_REQUESTED, requested.requestId(), null, requested.municipalityNumber()));
    }

    @Transactional
    void assigned(@Observes AdviserAssigned assigned) {
        add(new PendingEvent(PendingEvent.Kind.ADVISER_ASSIGNED, assigned.groupId(), assigned.adviserId(), assigned.groupName()));
    }

    @Transactional
    void mailFailed(@Observes MailFailedForGood failed) {
        // A notification's own mail failing tells nobody: it would go through the same outbox and fail again, for ever.
        if (failed.dedupeKey() == null || !failed.dedupeKey().startsWith(Notifications.MAIL_KEY_PREFIX)) {
            add(new PendingEvent(PendingEvent.Kind.MAIL_FAILED, failed.mailId(), null, failed.subject()));
        }
    }

    private void add(PendingEvent event) {
        queue.add(event);
        written.fire(Written.EVENT);
    }
}
