package no.ledernett.municipalities;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** What a municipality bought (oppdrag / avtale): kind, period, hour budget, status. */
@Entity
@Table(name = "engagement")
public class Engagement implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "engagement_seq")
    @SequenceGenerator(name = "engagement_seq", sequenceName = "engagement_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_number")
    private Municipality municipality;

    @Enumerated(EnumType.STRING)
    private EngagementKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(name = "start_date")
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    @Column(name = "hour_budget")
    private int hourBudget;

    @Enumerated(EnumType.STRING)
    private EngagementStatus status;

    private String notes;

    @Version
    private long version;

    protected Engagement() {
    }

    Engagement(Municipality municipality) {
        this.municipality = municipality;
    }

    void apply(EngagementInput.Checked input, Programme programme) {
        this.kind = input.kind();
        this.programme = programme;
        this.start = input.start();
        this.end = input.end();
        this.hourBudget = input.hourBudget();
        this.status = input.status();
        this.notes = Contact.blankToNull(input.notes());
    }

    public Long getId() {
        return id;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public EngagementKind getKind() {
        return kind;
    }

    public Programme getProgramme() {
        return programme;
    }

    /** Empty when bought as a stand-alone measure. */
    public String getProgrammeName() {
        return programme == null ? null : programme.getName();
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public int getHourBudget() {
        return hourBudget;
    }

    public EngagementStatus getStatus() {
        return status;
    }

    public String getNotes() {
        return notes;
    }

    public long getVersion() {
        return version;
    }
}
