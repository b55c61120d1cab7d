package no.ledernett.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Hours logged against an engagement, as the basis of an invoice. Read-only: it maps the sessions
 * module's published view {@code hours_directory} (docs/architecture.md), so the query that finds
 * hours not yet billed joins our own invoice lines in the database. Not in the shared cache.
 */
@Entity
@Table(name = "hours_directory")
public class LoggedHours implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(name = "engagement_id", insertable = false, updatable = false)
    private long engagementId;

    @Column(name = "work_date", insertable = false, updatable = false)
    private LocalDate date;

    @Column(insertable = false, updatable = false)
    private double hours;

    /** What was done ({@code meeting:12}), so the same work is never billed twice. */
    @Column(insertable = false, updatable = false)
    private String reference;

    @Column(insertable = false, updatable = false)
    private String description;

    protected LoggedHours() {
    }

    long engagementId() {
        return engagementId;
    }

    LocalDate date() {
        return date;
    }

    double hours() {
        return hours;
    }

    String reference() {
        return reference;
    }

    String description() {
        return description;
    }
}
