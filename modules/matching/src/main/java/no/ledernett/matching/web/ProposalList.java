package no.ledernett.matching.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.ledernett.matching.Proposal;
import no.ledernett.matching.Proposals;

/** The most recent batch proposals. */
@Named
@RequestScoped
public class ProposalList {

    @Inject
    Proposals proposals;

    private List<Proposal> recent;

    public List<Proposal> getRecent() {
        if (recent == null) {
            recent = proposals.recent(100);
        }
        return recent;
    }
}
