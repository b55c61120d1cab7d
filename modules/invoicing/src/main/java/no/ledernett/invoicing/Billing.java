package no.ledernett.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.ledernett.municipalities.Engagements;
import no.ledernett.platform.Audited;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.PreconditionRequiredException;
import no.ledernett.platform.Viewer;

/** Each engagement's billing terms: read by invoice runs, set by staff on the engagement's billing page. */
@ApplicationScoped
public class Billing {

    @PersistenceContext
    EntityManager em;

    @Inject
    Engagements engagements;

    @Inject
    Event<Audited> audit;

    @Inject
    Provider<Viewer> viewer;

    public Optional<BillingTermsView> terms(long engagementId) {
        StaffOnly.check(viewer.get());
        engagements.view(engagementId);
        return Optional.ofNullable(em.find(BillingTerms.class, engagementId)).map(BillingTerms::view);
    }

    Map<Long, BillingTermsView> terms(Collection<Long> engagementIds) {
        if (engagementIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT t FROM BillingTerms t WHERE t.engagementId IN :ids", BillingTerms.class).setParameter("ids", engagementIds)
                .getResultStream().map(BillingTerms::view).collect(Collectors.toMap(BillingTermsView::engagementId, t -> t));
    }

    /** Engagements priced per month, whose invoice a run proposes with or without hours. */
    java.util.List<BillingTermsView> fixedPrice() {
        return em.createQuery("SELECT t FROM BillingTerms t WHERE t.priceModel = :fixed", BillingTerms.class)
                .setParameter("fixed", PriceModel.FIXED).getResultStream().map(BillingTerms::view).toList();
    }

    /**
     * Sets the terms. The first time needs no version; a change must name the version it was based
     * on, so two staff editing the same terms cannot overwrite each other unseen.
     */
    @Transactional
    public BillingTermsView set(long engagementId, BillingTermsInput input) {
        StaffOnly.check(viewer.get());
        return store(engagementId, input);
    }

    /** Sets them for whoever asks; only for the demo data and the public method above. */
    @Transactional
    BillingTermsView store(long engagementId, BillingTermsInput input) {
        engagements.view(engagementId);
        BillingTermsInput.Checked checked = input.check();
        BillingTerms terms = em.find(BillingTerms.class, engagementId);
        if (terms == null) {
            if (input.version() != null && input.version() != 0) {
                throw new ConflictException("BillingTerms", engagementId);
            }
            terms = new BillingTerms(engagementId);
            terms.apply(checked);
            em.persist(terms);
        } else {
            if (input.version() == null) {
                throw new PreconditionRequiredException();
            }
            if (input.version() != terms.getVersion()) {
                throw new ConflictException("BillingTerms", engagementId);
            }
            terms.apply(checked);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("BillingTerms", engagementId);
        }
        audit.fire(new Audited(viewer.get(), "billing-terms.set", "engagement:" + engagementId));
        return terms.view();
    }
}
