package no.ledernett.groups;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import no.ledernett.matching.MeetingMode;
import no.ledernett.matching.CommittedWorkListener;

/**
 * A network group (nettverksgruppe) of leaders from one municipality, delivered under an
 * engagement. Other modules' data is referred to by id: municipality number, engagement,
 * subject area, adviser.
 */
@Entity
@EntityListeners(CommittedWorkListener.class)
@Table(name = "network_group")
public class NetworkGroup implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "network_group_seq")
    @SequenceGenerator(name = "network_group_seq", sequenceName = "network_group_seq", allocationSize = 50)
    private Long id;

    private String name;

    @Column(name = "municipality_number")
    private String municipalityNumber;

    @Column(name = "engagement_id")
    private long engagementId;

    @Enumerated(EnumType.STRING)
    private GroupKind kind;

    @Column(name = "subject_area_id")
    private Long subjectAreaId;

    @Column(name = "competence_required")
    private boolean competenceRequired;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_method")
    private MeetingMethod defaultMethod;

    @Column(name = "planned_meetings")
    private int plannedMeetings;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_interval")
    private MeetingInterval interval;

    @Column(name = "meeting_minutes")
    private int meetingMinutes;

    @Column(name = "start_date")
    private LocalDate start;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_mode")
    private MeetingMode mode;

    private String location;

    @Enumerated(EnumType.STRING)
    private GroupStatus status;

    @Column(name = "adviser_id")
    private Long adviserId;

    /** When in the year the group does not meet, as {@link BlackoutPeriod#stored}. */
    @Column(name = "blackout_periods")
    private String blackoutPeriods = BlackoutPeriod.stored(BlackoutPeriod.DEFAULTS);

    @Version
    private long version;

    protected NetworkGroup() {
    }

    NetworkGroup(String municipalityNumber) {
        this.municipalityNumber = municipalityNumber;
    }

    void apply(GroupInput.Checked input) {
        this.name = input.name();
        this.engagementId = input.engagementId();
        this.kind = input.kind();
        this.subjectAreaId = input.subjectAreaId();
        this.competenceRequired = input.competenceRequired();
        this.defaultMethod = input.method();
        this.plannedMeetings = input.plannedMeetings();
        this.interval = input.interval();
        this.meetingMinutes = input.meetingMinutes();
        this.start = input.start();
        this.mode = input.mode();
        this.location = input.location();
        this.status = input.status();
        if (input.blackouts() != null) {
            this.blackoutPeriods = BlackoutPeriod.stored(input.blackouts());
        }
    }

    void assign(Long adviserId) {
        this.adviserId = adviserId;
    }

    /** The day of the last planned meeting. */
    public LocalDate getEnd() {
        return end(interval, start, plannedMeetings);
    }

    static LocalDate end(MeetingInterval interval, LocalDate start, int plannedMeetings) {
        return interval.after(start, Math.max(0, plannedMeetings - 1));
    }

    /** Adviser hours per month the plan takes: meetings per month × (meeting + preparation). */
    public double hoursPerMonth(double preparationHours) {
        return hoursPerMonth(interval, meetingMinutes, preparationHours);
    }

    static double hoursPerMonth(MeetingInterval interval, int meetingMinutes, double preparationHours) {
        return Math.round(interval.perMonth() * (meetingMinutes / 60.0 + preparationHours) * 100) / 100.0;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getMunicipalityNumber() {
        return municipalityNumber;
    }

    public long getEngagementId() {
        return engagementId;
    }

    public GroupKind getKind() {
        return kind;
    }

    public Long getSubjectAreaId() {
        return subjectAreaId;
    }

    public boolean isCompetenceRequired() {
        return competenceRequired;
    }

    public MeetingMethod getDefaultMethod() {
        return defaultMethod;
    }

    public int getPlannedMeetings() {
        return plannedMeetings;
    }

    public MeetingInterval getInterval() {
        return interval;
    }

    public int getMeetingMinutes() {
        return meetingMinutes;
    }

    public LocalDate getStart() {
        return start;
    }

    public MeetingMode getMode() {
        return mode;
    }

    public String getLocation() {
        return location;
    }

    public GroupStatus getStatus() {
        return status;
    }

    /** When in the year the group does not meet; the series planner skips these. */
    public java.util.List<BlackoutPeriod> getBlackouts() {
        return BlackoutPeriod.fromStored(blackoutPeriods);
    }

    public Long getAdviserId() {
        return adviserId;
    }

    public long getVersion() {
        return version;
    }
}
