package no.ledernett.matching.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
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
import no.ledernett.matching.RankingView;
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
    /** Per need whose breakdown staff opened: the proposed adviser and the alternatives, each with points per criterion. */
    private final HashMap<Long, List<RankingView.Ranked>> breakdowns = new HashMap<>();

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
            ids.addAll(n.getForbiddenAdviserIds());
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

    /** Published or discarded: shown read-only, with nothing on the page that could change it. */
    public boolean isFinal() {
        return getProposal() != null && (proposal.getStatus() == ProposalStatus.PUBLISHED || proposal.getStatus() == ProposalStatus.DISCARDED);
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

    /** The advisers this need may not get, in the order staff left them out. */
    public List<Long> forbidden(ProposalNeed need) {
        return new ArrayList<>(need.getForbiddenAdviserIds());
    }

    public boolean breakdownShown(ProposalNeed need) {
        return breakdowns.containsKey(need.getId());
    }

    public List<RankingView.Ranked> breakdown(ProposalNeed need) {
        return breakdowns.getOrDefault(need.getId(), List.of());
    }

    /** Opens or closes why the proposed adviser and the alternatives score as they do, ranked when asked for. */
    public void toggleBreakdown(ProposalNeed need) {
        if (breakdowns.remove(need.getId()) != null) {
            return;
        }
        try {
            Set<Long> shown = new HashSet<>();
            if (need.getProposedAdviserId() != null) {
                shown.add(need.getProposedAdviserId());
            }
            need.getAlternatives().forEach(a -> shown.add(a.adviserId()));
            List<RankingView.Ranked> ranked = RankingView.of(proposals.ranking(id, need.getId()), FacesContext.getCurrentInstance().getViewRoot().getLocale())
                    .eligible().stream().filter(r -> shown.contains(r.adviserId()))
                    .sorted(java.util.Comparator.comparing((RankingView.Ranked r) -> !Long.valueOf(r.adviserId()).equals(need.getProposedAdviserId()))).toList();
            breakdowns.put(need.getId(), new ArrayList<>(ranked));
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        }
    }

    public long points(double points) {
        return Math.round(points);
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

    public void allow(ProposalNeed need, long adviserId) {
        act(() -> proposals.allow(id, need.getId(), adviserId));
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
        // The scores change with every recomputation: a breakdown opened before would show the old one.
        breakdowns.clear();
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
