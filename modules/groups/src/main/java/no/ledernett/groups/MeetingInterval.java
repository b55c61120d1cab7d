package no.ledernett.groups;

import java.time.LocalDate;

/** How often a group meets. */
public enum MeetingInterval {
    EVERY_OTHER_WEEK(14, 0),
    EVERY_THREE_WEEKS(21, 0),
    EVERY_FOUR_WEEKS(28, 0),
    MONTHLY(0, 1),
    EVERY_SIX_WEEKS(42, 0),
    EVERY_OTHER_MONTH(0, 2);

    private final int days;
    private final int months;

    MeetingInterval(int days, int months) {
        this.days = days;
        this.months = months;
    }

    public LocalDate after(LocalDate date, int times) {
        return months > 0 ? date.plusMonths((long) months * times) : date.plusDays((long) days * times);
    }

    /** Meetings in an average month. */
    public double perMonth() {
        return months > 0 ? 1.0 / months : 30.44 / days;
    }
}
