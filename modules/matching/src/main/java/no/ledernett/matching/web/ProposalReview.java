package no.ledernett.matching.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ledernett.matching.Adviser;
import no.ledernett.matching.Advisers;
import no.ledernett.matching.Proposal;
import no.ledernett.matching.ProposalNeed;
import no.ledernett.matching.ProposalProgress;
import no.ledernett.matching.ProposalStatus;
import no.ledernett.matching.Proposals;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.web.FormMessages;
import org.omnifaces.util.Faces;

/** Reviewing a batch proposal: pin, forbid, watch it recompute, publish. */
@Named
@ViewScoped
public class ProposalReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Proposals proposals;

    @Inject
    Advisers advisers;

    @Inject
    ProposalProgress progress;

    private Long id;
    private Proposal proposal;
    private Map<Long, String> names = Map.of();

    public void load() {
        if (id == null) {
            Faces.responseSendError(404, "Proposal not found");
            return;
        }
        try {
            proposal = proposals.get(id);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Proposal not found");
            return;
        }
        Set<Long> ids = new HashSet<>();
        proposal.getNeeds().forEach(n -> {
            if (n.getProposedAdviserId() != null) {
                ids.add(n.getProposedAdviserId());
            }
            n.getAlternatives().forEach(a -> ids.add(a.adviserId()));
        });
        names = advisers.byIds(ids).stream().collect(Collectors.toMap(Adviser::getId, Adviser::getName));
    }

    public Proposal getProposal() {
        if (proposal == null && id != null) {
            load();
        }
        return proposal;
    }

    public boolean isComputing() {
        return getProposal() != null && proposal.getStatus() == ProposalStatus.COMPUTING;
    }

    public boolean isReady() {
        return getProposal() != null && proposal.getStatus() == ProposalStatus.READY;
    }

    public int getPercent() {
        return progress.of(id).map(ProposalProgress.Progress::percent).orElse(isComputing() ? 99 : 100);
    }

    /** Called by the poll while computing; reloads when done. */
    public void refresh() {
        load();
    }

    public String name(Long adviserId) {
        return adviserId == null ? null : names.getOrDefault(adviserId, "#" + adviserId);
    }

    public List<ProposalNeed.Alternative> alternatives(ProposalNeed need) {
        return need.getAlternatives();
    }

    public long gapPercent() {
        Proposal p = getProposal();
        if (p.getUpperBound() == null || p.getTotalScore() == null || p.getUpperBound() <= 0) {
            return 0;
        }
        return Math.max(0, Math.round(100 * (p.getUpperBound() - p.getTotalScore()) / p.getUpperBound()));
    }

    public void pin(ProposalNeed need, long adviserId) {
        act(() -> proposals.pin(id, need.getId(), adviserId));
    }

    public void unpin(ProposalNeed need) {
        act(() -> proposals.unpin(id, need.getId()));
    }

    public void forbid(ProposalNeed need) {
        if (need.getProposedAdviserId() != null) {
            act(() -> proposals.forbid(id, need.getId(), need.getProposedAdviserId()));
        }
    }

    public void publish() {
        act(() -> proposals.publish(id));
        if (proposal.getStatus() == ProposalStatus.PUBLISHED) {
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        }
    }

    public void discard() {
        act(() -> proposals.discard(id));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            FormMessages.show("proposal", e);
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        }
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
