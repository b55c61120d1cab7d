package no.ledernett.matching;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Hours per month an adviser was given by a published proposal. Feeds the adviser's load. */
@Entity
@EntityListeners(CommittedWorkListener.class)
@Table(name = "commitment")
public class Commitment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_seq")
    @SequenceGenerator(name = "commitment_seq", sequenceName = "commitment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "adviser_id")
    private long adviserId;

    @Column(name = "municipality_number")
    private String municipalityNumber;

    private String reference;

    private String label;

    @Column(name = "hours_per_month")
    private double hoursPerMonth;

    @Column(name = "start_date")
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    protected Commitment() {
    }

    Commitment(long adviserId, Need need) {
        this.adviserId = adviserId;
        this.municipalityNumber = need.municipalityNumber();
        this.reference = need.reference();
        this.label = need.label();
        this.hoursPerMonth = need.hoursPerMonth();
        this.start = need.start();
        this.end = need.end();
    }

    public LoadEntry toLoad() {
        return new LoadEntry(adviserId, municipalityNumber, reference, label, hoursPerMonth, start, end);
    }
}
