package no.ledernett.portal;

import no.ledernett.platform.NorwegianTime;
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
import java.time.LocalDateTime;

/** A contact's request for a new network group or individual coaching, waiting in the staff inbox. */
@Entity
@Table(name = "service_request")
public class ServiceRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind { NETWORK_GROUP, INDIVIDUAL_COACHING }

    public enum Status { NEW, HANDLED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_request_seq")
    @SequenceGenerator(name = "service_request_seq", sequenceName = "service_request_seq", allocationSize = 50)
    private Long id;

    private String municipality;

    @Column(name = "requested_by")
    private Long requestedBy;

    @Column(name = "requester_name")
    private String requesterName;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "subject_area_id")
    private Long subjectAreaId;

    @Column(name = "competence_wanted")
    private boolean competenceWanted;

    private int participants;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    private String wishes;

    @Enumerated(EnumType.STRING)
    private Status status = Status.NEW;

    @Column(name = "created_at")
    private LocalDateTime createdAt = NorwegianTime.now();

    @Column(name = "handled_at")
    private LocalDateTime handledAt;

    @Column(name = "staff_note")
    private String staffNote;

    @Version
    private long version;

    protected ServiceRequest() {
    }

    ServiceRequest(String municipality, Long requestedBy, String requesterName, Kind kind, Long subjectAreaId, boolean competenceWanted,
                   int participants, LocalDate periodStart, LocalDate periodEnd, String wishes) {
        this.municipality = municipality;
        this.requestedBy = requestedBy;
        this.requesterName = requesterName;
        this.kind = kind;
        this.subjectAreaId = subjectAreaId;
        this.competenceWanted = competenceWanted;
        this.participants = participants;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.wishes = wishes;
    }

    void handled(String note) {
        status = Status.HANDLED;
        handledAt = NorwegianTime.now();
        staffNote = note;
    }

    public Long getId() {
        return id;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getSubjectAreaId() {
        return subjectAreaId;
    }

    public boolean isCompetenceWanted() {
        return competenceWanted;
    }

    public int getParticipants() {
        return participants;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public String getWishes() {
        return wishes;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getHandledAt() {
        return handledAt;
    }

    public String getStaffNote() {
        return staffNote;
    }

    public long getVersion() {
        return version;
    }
}
