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
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One coaching session. The adviser's notes are private to that adviser: not even staff read
 * them, so they are reachable only through {@link CoachingNotes#notes}.
 */
@Entity
@Table(name = "coaching_session")
public class CoachingSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coaching_session_seq")
    @SequenceGenerator(name = "coaching_session_seq", sequenceName = "coaching_session_seq", allocationSize = 50)
    private Long id;

    @Column(name = "course_id")
    private long courseId;

    @Column(name = "session_date")
    private LocalDate date;

    @Column(name = "start_time")
    private LocalTime start;

    @Column(name = "end_time")
    private LocalTime end;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_mode")
    private CoachingMode mode;

    /** The place, phone number or video link, by mode. */
    private String place;

    @Enumerated(EnumType.STRING)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @Column(name = "adviser_notes")
    private String adviserNotes;

    /** Raised when the session changes for a calendar (moved or cancelled), so calendars update its event. */
    @Column(name = "ics_sequence")
    private int icsSequence;

    @Version
    private long version;

    public long getVersion() {
        return version;
    }

    protected CoachingSession() {
    }

    CoachingSession(long courseId, LocalDate date, LocalTime start, LocalTime end, CoachingMode mode, String place) {
        this.courseId = courseId;
        this.date = date;
        this.start = start;
        this.end = end;
        this.mode = mode;
        this.place = place;
    }

    void move(LocalDate date, LocalTime start, LocalTime end, CoachingMode mode, String place) {
        this.date = date;
        this.start = start;
        this.end = end;
        this.mode = mode;
        this.place = place;
        icsSequence++;
    }

    void held() {
        status = MeetingStatus.HELD;
    }

    void noShow() {
        status = MeetingStatus.NO_SHOW;
    }

    void cancel() {
        status = MeetingStatus.CANCELLED;
        icsSequence++;
    }

    void writeNotes(String notes) {
        this.adviserNotes = notes;
    }

    String notes() {
        return adviserNotes;
    }

    public int minutes() {
        return (int) Duration.between(start, end).toMinutes();
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
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

    public CoachingMode getMode() {
        return mode;
    }

    public String getPlace() {
        return place;
    }

    /** Its calendar event's UID, for life: from its id, which never changes (meetings' UIDs are random, so the two never meet). */
    public String getIcsUid() {
        return "coaching-" + id + "@ledernett.no";
    }

    public int getIcsSequence() {
        return icsSequence;
    }

    public MeetingStatus getStatus() {
        return status;
    }
}
