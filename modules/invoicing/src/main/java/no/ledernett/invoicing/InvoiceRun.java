package no.ledernett.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;

/** A month's invoices, proposed from the hours logged, reviewed and approved by staff together. */
@Entity
@Table(name = "invoice_run")
public class InvoiceRun implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Status {
        DRAFT,
        APPROVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_run_seq")
    @SequenceGenerator(name = "invoice_run_seq", sequenceName = "invoice_run_seq", allocationSize = 50)
    private Long id;

    @Column(name = "billing_month")
    @Convert(converter = YearMonthColumn.class)
    private YearMonth month;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Version
    private long version;

    protected InvoiceRun() {
    }

    InvoiceRun(YearMonth month, LocalDateTime now, String by) {
        this.month = month;
        this.status = Status.DRAFT;
        this.createdAt = now;
        this.createdBy = by;
    }

    void proposedAgain(LocalDateTime now, String by) {
        this.createdAt = now;
        this.createdBy = by;
    }

    void approved(LocalDateTime now, String by) {
        this.status = Status.APPROVED;
        this.approvedAt = now;
        this.approvedBy = by;
    }

    public Long getId() {
        return id;
    }

    public YearMonth getMonth() {
        return month;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public long getVersion() {
        return version;
    }
}
