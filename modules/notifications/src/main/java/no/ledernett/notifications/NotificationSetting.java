package no.ledernett.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A user's choice for one kind of notification; a kind without one has its defaults. */
@Entity
@Table(name = "notification_setting")
public class NotificationSetting implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_setting_seq")
    @SequenceGenerator(name = "notification_setting_seq", sequenceName = "notification_setting_seq", allocationSize = 50)
    private Long id;

    @Column(name = "user_id")
    private long userId;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    @Column(name = "in_app")
    private boolean inApp;

    @Column(name = "by_mail")
    private boolean byMail;

    protected NotificationSetting() {
    }

    NotificationSetting(long userId, NotificationKind kind) {
        this.userId = userId;
        this.kind = kind;
    }

    void choose(boolean inApp, boolean byMail) {
        this.inApp = inApp;
        this.byMail = byMail;
    }

    NotificationKind.Choice choice() {
        return new NotificationKind.Choice(kind, inApp, byMail);
    }

    long getUserId() {
        return userId;
    }

    NotificationKind getKind() {
        return kind;
    }
}
