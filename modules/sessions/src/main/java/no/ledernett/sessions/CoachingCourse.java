package no.ledernett.sessions;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import no.ledernett.matching.CommittedWorkListener;

/** Individual leadership coaching (individuell lederveiledning) for one leader with one adviser, under an engagement. */
@Entity
@EntityListeners(CommittedWorkListener.class)
@Table(name = "coaching_course")
public class CoachingCourse implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coaching_course_seq")
    @SequenceGenerator(name = "coaching_course_seq", sequenceName = "coaching_course_seq", allocationSize = 50)
    private Long id;

    @Column(name = "leader_id")
    private long leaderId;

    @Column(name = "adviser_id")
    private long adviserId;

    @Column(name = "engagement_id")
    private long engagementId;

    @Column(name = "start_date")
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    @Column(name = "hours_per_month")
    private double hoursPerMonth;

    private String status = "ACTIVE";

    @Version
    private long version;

    protected CoachingCourse() {
    }

    CoachingCourse(long leaderId, long adviserId, long engagementId, LocalDate start, LocalDate end, double hoursPerMonth) {
        this.leaderId = leaderId;
        this.adviserId = adviserId;
        this.engagementId = engagementId;
        this.start = start;
        this.end = end;
        this.hoursPerMonth = hoursPerMonth;
    }

    public Long getId() {
        return id;
    }

    public long getLeaderId() {
        return leaderId;
    }

    public long getAdviserId() {
        return adviserId;
    }

    public long getEngagementId() {
        return engagementId;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public double getHoursPerMonth() {
        return hoursPerMonth;
    }

    public String getStatus() {
        return status;
    }
}
