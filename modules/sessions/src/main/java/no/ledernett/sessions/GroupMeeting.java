package no.ledernett.sessions;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import no.ledernett.groups.MeetingMethod;
import no.ledernett.matching.MeetingMode;

/**
 * One meeting of a network group (nettverksmøte). Its calendar identity (UID) never changes;
 * every change that people's calendars must see raises the sequence number.
 */
@Entity
@Table(name = "group_meeting")
public class GroupMeeting implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "group_meeting_seq")
    @SequenceGenerator(name = "group_meeting_seq", sequenceName = "group_meeting_seq", allocationSize = 50)
    private Long id;

    @Column(name = "group_id")
    private long groupId;

    @Column(name = "number_in_series")
    private int numberInSeries;

    @Column(name = "meeting_date")
    private LocalDate date;

    @Column(name = "start_time")
    private LocalTime start;

    @Column(name = "end_time")
    private LocalTime end;

    @Enumerated(EnumType.STRING)
    private MeetingMethod method;

    /** The plan's mode: the place is a room in person, a link by video. */
    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_mode")
    private MeetingMode mode;

    private String place;

    @Enumerated(EnumType.STRING)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @Column(name = "focus_challenge_id")
    private Long focusChallengeId;

    @Column(name = "ics_uid")
    private String icsUid = UUID.randomUUID() + "@ledernett.no";

    @Column(name = "ics_sequence")
    private int icsSequence;

    @Version
    private long version;

    /** The phase timer (issue 20): read with the meeting, written only by {@link PhaseClocks}, never with the version. */
    @Column(name = "phase_index", insertable = false, updatable = false)
    private Integer phaseIndex;

    @Column(name = "phase_started_ms", insertable = false, updatable = false)
    private Long phaseStartedMs;

    protected GroupMeeting() {
    }

    GroupMeeting(long groupId, int numberInSeries, LocalDate date, LocalTime start, LocalTime end, MeetingMethod method, String place) {
        this(groupId, numberInSeries, date, start, end, method, MeetingMode.IN_PERSON, place);
    }

    GroupMeeting(long groupId, int numberInSeries, LocalDate date, LocalTime start, LocalTime end, MeetingMethod method, MeetingMode mode,
                 String place) {
        this.groupId = groupId;
        this.numberInSeries = numberInSeries;
        this.date = date;
        this.start = start;
        this.end = end;
        this.method = method;
        this.mode = mode;
        this.place = place;
    }

    void move(LocalDate date, LocalTime start, LocalTime end, String place) {
        this.date = date;
        this.start = start;
        this.end = end;
        this.place = place;
        this.icsSequence++;
    }

    void cancel() {
        this.status = MeetingStatus.CANCELLED;
        this.icsSequence++;
    }

    void held() {
        this.status = MeetingStatus.HELD;
    }

    void focusOn(Long challengeId) {
        this.focusChallengeId = challengeId;
    }

    void useMethod(MeetingMethod method) {
        this.method = method;
    }

    public int minutes() {
        return (int) java.time.Duration.between(start, end).toMinutes();
    }

    public Long getId() {
        return id;
    }

    public long getGroupId() {
        return groupId;
    }

    public int getNumberInSeries() {
        return numberInSeries;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public MeetingMethod getMethod() {
        return method;
    }

    public String getPlace() {
        return place;
    }

    /** In person unless the plan said video (meetings from before modes were kept have none). */
    public MeetingMode getMode() {
        return mode == null ? MeetingMode.IN_PERSON : mode;
    }

    public boolean isVideo() {
        return mode == MeetingMode.VIDEO;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public Long getFocusChallengeId() {
        return focusChallengeId;
    }

    public String getIcsUid() {
        return icsUid;
    }

    public int getIcsSequence() {
        return icsSequence;
    }

    public long getVersion() {
        return version;
    }

    public Integer getPhaseIndex() {
        return phaseIndex;
    }

    public Long getPhaseStartedMs() {
        return phaseStartedMs;
    }
}
