package no.ledernett.matching;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.ledernett.platform.Language;

/** One need in a proposal, with the adviser proposed for it and what staff decided. */
@Entity
@Table(name = "proposal_need")
public class ProposalNeed implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Why a need got no adviser. */
    public enum Unassigned {
        NO_ELIGIBLE_ADVISER,
        ALL_ELIGIBLE_FORBIDDEN,
        CAPACITY_USED_BY_OTHERS
    }

    /** Another adviser who could take the need, and their score. */
    public record Alternative(long adviserId, double score) implements Serializable {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_need_seq")
    @SequenceGenerator(name = "proposal_need_seq", sequenceName = "proposal_need_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    private int position;

    private String reference;

    private String label;

    @Column(name = "subject_area_id")
    private Long subjectAreaId;

    @Column(name = "competence_required")
    private boolean competenceRequired;

    @Column(name = "municipality_number")
    private String municipalityNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_mode")
    private MeetingMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "written_form")
    private Language writtenForm;

    @Column(name = "start_date")
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    @Column(name = "hours_per_month")
    private double hoursPerMonth;

    @Column(name = "proposed_adviser_id")
    private Long proposedAdviserId;

    private Double score;

    @Column(name = "pinned_adviser_id")
    private Long pinnedAdviserId;

    @Column(name = "forbidden_advisers")
    private String forbiddenAdvisers;

    private String alternatives;

    @Enumerated(EnumType.STRING)
    @Column(name = "unassigned_reason")
    private Unassigned unassignedReason;

    protected ProposalNeed() {
    }

    ProposalNeed(Proposal proposal, int position, Need need) {
        this.proposal = proposal;
        this.position = position;
        this.reference = need.reference();
        this.label = need.label();
        this.subjectAreaId = need.subjectAreaId();
        this.competenceRequired = need.competenceRequired();
        this.municipalityNumber = need.municipalityNumber();
        this.mode = need.mode();
        this.writtenForm = need.writtenForm();
        this.start = need.start();
        this.end = need.end();
        this.hoursPerMonth = need.hoursPerMonth();
    }

    public Need toNeed() {
        return new Need(reference, label, subjectAreaId, competenceRequired, municipalityNumber, mode, writtenForm, start, end, hoursPerMonth);
    }

    void result(Long adviserId, Double score, Unassigned reason, List<Alternative> alternatives) {
        this.proposedAdviserId = adviserId;
        this.score = score;
        this.unassignedReason = reason;
        this.alternatives = alternatives.stream().map(a -> a.adviserId() + ":" + a.score()).collect(Collectors.joining(","));
    }

    void pin(Long adviserId) {
        this.pinnedAdviserId = adviserId;
        if (adviserId != null) {
            Set<Long> forbidden = getForbiddenAdviserIds();
            forbidden.remove(adviserId);
            setForbidden(forbidden);
        }
    }

    void forbid(long adviserId) {
        Set<Long> forbidden = getForbiddenAdviserIds();
        forbidden.add(adviserId);
        setForbidden(forbidden);
        if (pinnedAdviserId != null && pinnedAdviserId == adviserId) {
            pinnedAdviserId = null;
        }
    }

    void allow(long adviserId) {
        Set<Long> forbidden = getForbiddenAdviserIds();
        forbidden.remove(adviserId);
        setForbidden(forbidden);
    }

    private void setForbidden(Set<Long> ids) {
        forbiddenAdvisers = ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public Set<Long> getForbiddenAdviserIds() {
        if (forbiddenAdvisers == null || forbiddenAdvisers.isBlank()) {
            return new LinkedHashSet<>();
        }
        return Arrays.stream(forbiddenAdvisers.split(",")).map(Long::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public List<Alternative> getAlternatives() {
        List<Alternative> list = new ArrayList<>();
        if (alternatives != null && !alternatives.isBlank()) {
            for (String part : alternatives.split(",")) {
                String[] kv = part.split(":");
                list.add(new Alternative(Long.parseLong(kv[0]), Double.parseDouble(kv[1])));
            }
        }
        return list;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getReference() {
        return reference;
    }

    public String getLabel() {
        return label;
    }

    public Long getSubjectAreaId() {
        return subjectAreaId;
    }

    public boolean isCompetenceRequired() {
        return competenceRequired;
    }

    public String getMunicipalityNumber() {
        return municipalityNumber;
    }

    public MeetingMode getMode() {
        return mode;
    }

    public Language getWrittenForm() {
        return writtenForm;
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

    public Long getProposedAdviserId() {
        return proposedAdviserId;
    }

    public Double getScore() {
        return score;
    }

    public Long getPinnedAdviserId() {
        return pinnedAdviserId;
    }

    public Unassigned getUnassignedReason() {
        return unassignedReason;
    }
}
