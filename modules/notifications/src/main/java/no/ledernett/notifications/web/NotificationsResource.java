package no.ledernett.notifications.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.ledernett.notifications.Notification;
import no.ledernett.notifications.NotificationChecks;
import no.ledernett.notifications.NotificationKind;
import no.ledernett.notifications.NotificationTexts;
import no.ledernett.notifications.Notifications;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.Allowed;
import no.ledernett.platform.web.Bodies;
import no.ledernett.platform.web.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The caller's own notifications (staff and advisers: each sees only their own; another's id is
 * not found), the unread count the bell shows, and the caller's choices per kind.
 */
@ApplicationScoped
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Viewer.Role.STAFF, Viewer.Role.ADVISER})
public class NotificationsResource {

    /** One notification, its sentence in the caller's language, and the page where it is solved (a path under the context root). */
    public record NotificationJson(long id, String kind, String text, String link, boolean unread, LocalDateTime createdAt) {

        static NotificationJson of(Notification n, Locale locale) {
            return new NotificationJson(n.getId(), n.getKind().name(), NotificationTexts.sentence(n.getKind(), n.getSubject(), n.getDetail(), locale),
                    n.getLink(), n.getStatus() == Notification.Status.UNREAD, n.getCreatedAt());
        }
    }

    public record ListJson(List<NotificationJson> items, long total, int page, int size, long unread) {
    }

    public record UnreadJson(long unread) {
    }

    public record ChoiceJson(String kind, Boolean inApp, Boolean byMail) {

        static ChoiceJson of(NotificationKind.Choice c) {
            return new ChoiceJson(c.kind().name(), c.inApp(), c.byMail());
        }
    }

    /** The kinds the caller can be told about with their choices; a PUT may name only some of them. */
    public record SettingsJson(List<ChoiceJson> kinds) {
    }

    public record CheckedJson(int told) {
    }

    @Inject
    Notifications notifications;

    @Inject
    NotificationChecks checks;

    @Inject
    Provider<Viewer> viewer;

    @Operation(summary = "List my notifications",
            description = "The caller's notifications, unread first, paged, with the unread count.")
    @GET
    public ListJson mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size, @Context HttpHeaders headers) {
        Locale locale = Problems.locale(headers);
        Page<Notification> found = notifications.mine(viewer.get(), PageRequest.of(page, size));
        return new ListJson(found.items().stream().map(n -> NotificationJson.of(n, locale)).toList(), found.total(), found.page(), found.size(),
                notifications.unread(viewer.get()));
    }

    /** What the bell shows: one count. */
    @Operation(summary = "Count my unread notifications",
            description = "The number of unread notifications (for the bell).")
    @GET
    @Path("unread")
    public UnreadJson unread() {
        return new UnreadJson(notifications.unread(viewer.get()));
    }

    @Operation(summary = "Mark a notification read",
            description = "Marks one of the caller's notifications read.")
    @POST
    @Path("{id}/read")
    public NotificationJson read(@PathParam("id") long id, @Context HttpHeaders headers) {
        return NotificationJson.of(notifications.markRead(viewer.get(), id), Problems.locale(headers));
    }

    @Operation(summary = "Mark all my notifications read",
            description = "Marks every notification of the caller read.")
    @POST
    @Path("read-all")
    public UnreadJson readAll() {
        notifications.markAllRead(viewer.get());
        return new UnreadJson(0);
    }

    @Operation(summary = "Read my notification choices",
            description = "For each kind of notification: whether the caller wants it in the app and by e-mail.")
    @GET
    @Path("settings")
    public SettingsJson settings() {
        return new SettingsJson(notifications.choices(viewer.get()).stream().map(ChoiceJson::of).toList());
    }

    @Operation(summary = "Set my notification choices",
            description = "Sets, per kind, whether the caller wants it in the app and by e-mail.")
    @PUT
    @Path("settings")
    public SettingsJson choose(SettingsJson body) {
        SettingsJson input = Bodies.required(body);
        Rules rules = new Rules().required("kinds", input.kinds());
        List<NotificationKind.Choice> wanted = new ArrayList<>();
        if (input.kinds() != null) {
            for (int i = 0; i < input.kinds().size(); i++) {
                ChoiceJson c = input.kinds().get(i);
                String field = "kinds[" + i + "]";
                if (c == null) {
                    rules.required(field, null);
                    continue;
                }
                NotificationKind kind = rules.oneOf(field + ".kind", c.kind(), NotificationKind.class, NotificationTexts.RULES);
                rules.required(field + ".inApp", c.inApp()).required(field + ".byMail", c.byMail());
                if (kind != null && c.inApp() != null && c.byMail() != null) {
                    wanted.add(new NotificationKind.Choice(kind, c.inApp(), c.byMail()));
                }
            }
        }
        rules.check();
        return new SettingsJson(notifications.choose(viewer.get(), wanted).stream().map(ChoiceJson::of).toList());
    }

    /** Runs the periodic check now (empty intakes, invitations not taken up), as staff may want after a change; tells nobody twice. */
    @Operation(summary = "Run the notification checks now",
            description = "Looks at once for meetings whose intake closed without a challenge and invitations not taken up (otherwise done every few minutes).")
    @POST
    @Path("checks")
    @Allowed(Viewer.Role.STAFF)
    public CheckedJson check() {
        return new CheckedJson(checks.check());
    }
}
