package no.ledernett.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ledernett.accounts.AccountsConfig;
import no.ledernett.accounts.Recipients.Recipient;
import no.ledernett.mail.Outbox;
import no.ledernett.platform.NorwegianTime;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Viewer;

/**
 * Tells people about events, once each, and lets each read, clear and choose what they are told.
 * Once means once per user and event key, also when the event is heard twice or by two instances
 * of a cluster at the same moment: the row is inserted in a transaction of its own, the unique key
 * (user, event) lets one writer win, and the mail is queued in the winner's transaction only.
 */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());
    /** The outbox's dedupe keys of this module's mails; a mail about a mail given up is never about one of these. */
    public static final String MAIL_KEY_PREFIX = "notification:";

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    AccountsConfig accounts;

    /** Through the container, so each insert gets its own transaction. */
    @Inject
    Notifications self;

    /**
     * Tells each recipient about the event unless they were told already, in the app and by mail
     * as each chose. Returns how many were told now. Call it outside a transaction (after the
     * change that caused the event has committed): a failure here is logged, never thrown, and
     * never undoes the change.
     */
    public int tell(Notice notice, List<Recipient> recipients) {
        if (recipients.isEmpty()) {
            return 0;
        }
        Map<Long, Map<NotificationKind, NotificationKind.Choice>> choices = self.choicesOf(recipients.stream().map(Recipient::userId).toList());
        int told = 0;
        for (Recipient recipient : recipients) {
            NotificationKind.Choice choice = choices.getOrDefault(recipient.userId(), Map.of()).getOrDefault(notice.kind(), notice.kind().defaults());
            try {
                if (self.record(recipient, notice, choice)) {
                    told++;
                }
            } catch (RuntimeException e) {
                if (!duplicate(e)) {
                    LOG.log(Level.WARNING, "Notification " + notice.key() + " for user " + recipient.userId() + " not recorded", e);
                }
                // else: another thread or instance recorded it (and queued its mail) first.
            }
        }
        return told;
    }

    /** One user's notification and, when they want it by mail, its mail: both or neither. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean record(Recipient recipient, Notice notice, NotificationKind.Choice choice) {
        if (!em.createQuery("SELECT n.id FROM Notification n WHERE n.userId = :u AND n.eventKey = :k", Long.class)
                .setParameter("u", recipient.userId()).setParameter("k", notice.key()).getResultList().isEmpty()) {
            return false; // heard again: the usual case, answered without a failed insert
        }
        em.persist(new Notification(recipient.userId(), notice, choice.inApp()));
        // A second writer of the same user and event fails here, on the unique key, before any mail is queued.
        em.flush();
        if (choice.byMail()) {
            String sentence = NotificationTexts.sentence(notice.kind(), notice.subject(), notice.detail(), recipient.language().locale());
            String subject = Texts.format(NotificationTexts.MAIL, recipient.language().locale(), "mail.subject", sentence).replaceAll("\\p{Cntrl}", " ");
            String body = Texts.format(NotificationTexts.MAIL, recipient.language().locale(), "mail.body", recipient.name(), sentence,
                    accounts.link(notice.link()), accounts.link("/admin/notifications/settings.xhtml"));
            outbox.queue(MAIL_KEY_PREFIX + recipient.userId() + ":" + notice.key(), recipient.email(), subject, body, null);
        }
        return true;
    }

    /** Whether a failure was the unique key refusing a second row (SQLSTATE class 23: integrity constraint violation). */
    static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The choices these users made, by user and kind; kinds without a choice are left out. One statement. */
    @Transactional
    public Map<Long, Map<NotificationKind, NotificationKind.Choice>> choicesOf(List<Long> userIds) {
        Map<Long, Map<NotificationKind, NotificationKind.Choice>> choices = new HashMap<>();
        em.createQuery("SELECT s FROM NotificationSetting s WHERE s.userId IN :ids", NotificationSetting.class).setParameter("ids", userIds)
                .getResultList().forEach(s -> choices.computeIfAbsent(s.getUserId(), u -> new EnumMap<>(NotificationKind.class)).put(s.getKind(), s.choice()));
        return choices;
    }

    /** The viewer's own notifications, unread first, newest first; two statements. */
    public Page<Notification> mine(Viewer viewer, PageRequest paging) {
        return new Page<>(page(viewer, paging), count(viewer), paging.page(), paging.size());
    }

    /** How many notifications the viewer has (read or not): one statement. */
    public long count(Viewer viewer) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.userId = :u AND n.status <> :hidden", Long.class)
                .setParameter("u", owner(viewer)).setParameter("hidden", Notification.Status.HIDDEN).getSingleResult();
    }

    /** One page of the viewer's notifications, unread first, newest first: one statement. */
    public List<Notification> page(Viewer viewer, PageRequest paging) {
        // UNREAD sorts after READ: descending puts the unread first.
        return em.createQuery("SELECT n FROM Notification n WHERE n.userId = :u AND n.status <> :hidden "
                        + "ORDER BY n.status DESC, n.createdAt DESC, n.id DESC", Notification.class)
                .setParameter("u", owner(viewer)).setParameter("hidden", Notification.Status.HIDDEN)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    }

    /** How many of the viewer's notifications are unread: one statement. */
    public long unread(Viewer viewer) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.userId = :u AND n.status = :unread", Long.class)
                .setParameter("u", owner(viewer)).setParameter("unread", Notification.Status.UNREAD).getSingleResult();
    }

    /** Marks one of the viewer's own notifications read; another user's is not found, as one that does not exist. */
    @Transactional
    public Notification markRead(Viewer viewer, long id) {
        long user = owner(viewer);
        Notification n = em.find(Notification.class, id);
        if (n == null || n.getUserId() != user || n.getStatus() == Notification.Status.HIDDEN) {
            throw new NotFoundException("Notification", id);
        }
        n.read();
        return n;
    }

    /** Marks all the viewer's notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead(Viewer viewer) {
        return em.createQuery("UPDATE Notification n SET n.status = :read, n.readAt = :now WHERE n.userId = :u AND n.status = :unread")
                .setParameter("read", Notification.Status.READ).setParameter("now", NorwegianTime.now())
                .setParameter("u", owner(viewer)).setParameter("unread", Notification.Status.UNREAD).executeUpdate();
    }

    /** The viewer's choice for each kind they can be told about, defaults filled in. */
    public List<NotificationKind.Choice> choices(Viewer viewer) {
        long user = owner(viewer);
        Map<NotificationKind, NotificationKind.Choice> chosen = choicesOf(List.of(user)).getOrDefault(user, Map.of());
        return NotificationKind.forRole(viewer.role()).stream().map(k -> chosen.getOrDefault(k, k.defaults())).toList();
    }

    /** Sets the viewer's choices for the kinds given (others stay as they were); kinds not for their role are refused. */
    @Transactional
    public List<NotificationKind.Choice> choose(Viewer viewer, List<NotificationKind.Choice> wanted) {
        long user = owner(viewer);
        List<NotificationKind> mine = NotificationKind.forRole(viewer.role());
        for (NotificationKind.Choice c : wanted) {
            if (!mine.contains(c.kind())) {
                throw new no.ledernett.platform.InvalidInputException(
                        no.ledernett.platform.Violation.of(NotificationTexts.RULES, "kind", "kind.notYours", c.kind().name()));
            }
        }
        Map<NotificationKind, NotificationSetting> stored = new EnumMap<>(NotificationKind.class);
        em.createQuery("SELECT s FROM NotificationSetting s WHERE s.userId = :u", NotificationSetting.class).setParameter("u", user)
                .getResultList().forEach(s -> stored.put(s.getKind(), s));
        for (NotificationKind.Choice c : wanted) {
            NotificationSetting setting = stored.computeIfAbsent(c.kind(), k -> {
                NotificationSetting created = new NotificationSetting(user, k);
                em.persist(created);
                return created;
            });
            setting.choose(c.inApp(), c.byMail());
        }
        em.flush();
        return choices(viewer);
    }

    /** The signed-in staff member or adviser whose notifications these are; anyone else has none. */
    private static long owner(Viewer viewer) {
        if (viewer == null || viewer.userId() == null || !(viewer.is(Viewer.Role.STAFF) || viewer.is(Viewer.Role.ADVISER))) {
            throw new NotFoundException("Notification", 0);
        }
        return viewer.userId();
    }
}
