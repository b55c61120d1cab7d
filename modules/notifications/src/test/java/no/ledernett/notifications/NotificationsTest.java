package no.ledernett.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import no.ledernett.platform.Viewer;
import org.junit.jupiter.api.Test;

class NotificationsTest {

    @Test
    void a_second_row_for_the_same_user_and_event_is_recognised_on_h2_and_postgresql_and_nothing_else_is() {
        // Both databases answer a unique key's refusal with SQLSTATE 23505, wrapped by EclipseLink and the transaction.
        assertTrue(Notifications.duplicate(new RuntimeException(new PersistenceException(new SQLException("unique", "23505")))));
        assertFalse(Notifications.duplicate(new RuntimeException(new PersistenceException(new SQLException("timeout", "HYT00")))));
        assertFalse(Notifications.duplicate(new IllegalStateException("no database")));
    }

    @Test
    void advisers_choose_among_their_groups_kinds_staff_among_all_and_others_have_none() {
        assertEquals(List.of(NotificationKind.ASSIGNMENT, NotificationKind.INTAKE_EMPTY), NotificationKind.forRole(Viewer.Role.ADVISER));
        assertEquals(List.of(NotificationKind.values()), NotificationKind.forRole(Viewer.Role.STAFF));
        assertEquals(List.of(), NotificationKind.forRole(Viewer.Role.CONTACT));
        assertEquals(List.of(), NotificationKind.forRole(Viewer.Role.PARTICIPANT));
    }

    @Test
    void every_kind_shows_in_the_app_by_default_and_only_the_urgent_ones_come_by_mail() {
        for (NotificationKind kind : NotificationKind.values()) {
            assertTrue(kind.defaults().inApp(), kind.name());
        }
        assertTrue(NotificationKind.BUDGET.defaults().byMail());
        assertTrue(NotificationKind.REQUEST.defaults().byMail());
        assertTrue(NotificationKind.ASSIGNMENT.defaults().byMail());
        assertTrue(NotificationKind.INTAKE_EMPTY.defaults().byMail());
        assertFalse(NotificationKind.MAIL_FAILED.defaults().byMail(), "a mail about a mail given up would wait in the same outbox");
        assertFalse(NotificationKind.INVITATION.defaults().byMail());
    }

    @Test
    void each_kind_reads_as_a_sentence_in_every_language() {
        assertEquals("Bærum: avtalen har brukt 80 % av timebudsjettet.",
                NotificationTexts.sentence(NotificationKind.BUDGET, "Bærum", "80", Locale.forLanguageTag("nb")));
        assertEquals("Du er rettleiar for gruppa Vossagruppa.",
                NotificationTexts.sentence(NotificationKind.ASSIGNMENT, "Vossagruppa", null, Locale.forLanguageTag("nn")));
        assertEquals("The e-mail “Velkommen” could not be sent.",
                NotificationTexts.sentence(NotificationKind.MAIL_FAILED, "Velkommen", null, Locale.ENGLISH));
    }

    @Test
    void a_long_subject_is_cut_to_fit_its_column() {
        Notice notice = new Notice(NotificationKind.MAIL_FAILED, "mail-failed:1", "x".repeat(400), null, "/admin/mail/index.xhtml");
        assertEquals(300, notice.subject().length());
    }
}
