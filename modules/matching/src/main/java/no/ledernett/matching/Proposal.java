package no.ledernett.matching;

import no.ledernett.platform.NorwegianTime;
import java.io.Serializable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A batch assignment for staff to review, adjust and publish. Nothing is assigned until published. */
@Entity
@Table(name = "proposal")
public class Proposal implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_seq")
    @SequenceGenerator(name = "proposal_seq", sequenceName = "proposal_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ProposalStatus status = ProposalStatus.COMPUTING;

    @Column(name = "created_at")
    private LocalDateTime createdAt = NorwegianTime.now();

    @Column(name = "computed_at")
    private LocalDateTime computedAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "total_score")
    private Double totalScore;

    @Column(name = "greedy_score")
    private Double greedyScore;

    @Column(name = "upper_bound")
    private Double upperBound;

    private Boolean optimal;

    @Column(name = "solve_millis")
    private Long solveMillis;

    private String failure;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProposalNeed> needs = new ArrayList<>();

    @Version
    private long version;

    protected Proposal() {
    }

    Proposal(List<Need> needs) {
        for (int i = 0; i < needs.size(); i++) {
            this.needs.add(new ProposalNeed(this, i, needs.get(i)));
        }
    }

    void computing() {
        status = ProposalStatus.COMPUTING;
        failure = null;
    }

    void computed(AssignmentSolution solution, double greedy) {
        status = ProposalStatus.READY;
        computedAt = NorwegianTime.now();
        totalScore = solution.total();
        greedyScore = greedy;
        upperBound = Double.isNaN(solution.bound()) ? null : solution.bound();
        optimal = solution.optimal();
        solveMillis = solution.millis();
    }

    void failed(String why) {
        status = ProposalStatus.FAILED;
        failure = why == null ? "unknown" : why.substring(0, Math.min(500, why.length()));
    }

    void published() {
        status = ProposalStatus.PUBLISHED;
        publishedAt = NorwegianTime.now();
    }

    void discarded() {
        status = ProposalStatus.DISCARDED;
    }

    public Long getId() {
        return id;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getComputedAt() {
        return computedAt;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public Double getTotalScore() {
        return totalScore;
    }

    public Double getGreedyScore() {
        return greedyScore;
    }

    public Double getUpperBound() {
        return upperBound;
    }

    public Boolean getOptimal() {
        return optimal;
    }

    public Long getSolveMillis() {
        return solveMillis;
    }

    public String getFailure() {
        return failure;
    }

    public List<ProposalNeed> getNeeds() {
        return needs;
    }

    public long getVersion() {
        return version;
    }

    public long getAssignedCount() {
        return needs.stream().filter(n -> n.getProposedAdviserId() != null).count();
    }
}
