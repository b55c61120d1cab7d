package no.ledernett.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;

/** The summary staff write for one engagement's report over one period. */
@Entity
@Table(name = "client_report_summary")
public class ReportSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_report_summary_seq")
    @SequenceGenerator(name = "client_report_summary_seq", sequenceName = "client_report_summary_seq", allocationSize = 50)
    private Long id;

    @Column(name = "engagement_id")
    private long engagementId;

    @Column(name = "period_start")
    private LocalDate from;

    @Column(name = "period_end")
    private LocalDate to;

    private String summary;

    @Version
    private long version;

    protected ReportSummary() {
    }

    ReportSummary(long engagementId, LocalDate from, LocalDate to) {
        this.engagementId = engagementId;
        this.from = from;
        this.to = to;
    }

    void write(String summary) {
        this.summary = summary;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public String getSummary() {
        return summary;
    }

    public long getVersion() {
        return version;
    }
}
