package no.ledernett.sessions;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * Hours spent on an engagement, logged when a meeting or coaching session is held. The
 * reference (e.g. {@code meeting:12}) makes logging the same work twice impossible.
 */
@Entity
@Table(name = "hours_entry")
public class HoursEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hours_entry_seq")
    @SequenceGenerator(name = "hours_entry_seq", sequenceName = "hours_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "engagement_id")
    private long engagementId;

    @Column(name = "work_date")
    private LocalDate date;

    private double hours;

    private String reference;

    private String description;

    @Column(name = "adviser_id")
    private Long adviserId;

    protected HoursEntry() {
    }

    HoursEntry(long engagementId, LocalDate date, double hours, String reference, String description, Long adviserId) {
        this.engagementId = engagementId;
        this.date = date;
        this.hours = hours;
        this.reference = reference;
        this.description = description;
        this.adviserId = adviserId;
    }

    public long getEngagementId() {
        return engagementId;
    }

    public LocalDate getDate() {
        return date;
    }

    public double getHours() {
        return hours;
    }

    public String getReference() {
        return reference;
    }

    public String getDescription() {
        return description;
    }

    public Long getAdviserId() {
        return adviserId;
    }
}
