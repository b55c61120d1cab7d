package no.ledernett.invoicing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import no.ledernett.municipalities.EngagementView;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.platform.DemoDataRequested;

/**
 * Billing terms for the demo's engagements, so a new user can propose last month's invoice run
 * and approve it: Bergen pays by the hour, Bodø a fixed price per month. Tromsø's engagements are
 * left without terms, so the run also shows what a missing term looks like.
 */
@ApplicationScoped
public class InvoicingDemoData {

    private static final Logger LOG = Logger.getLogger(InvoicingDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Engagements engagements;

    @Inject
    Billing billing;

    @Transactional
    void load(@Observes @Priority(600) DemoDataRequested request) {
        if (em.createQuery("SELECT COUNT(t) FROM BillingTerms t", Long.class).getSingleResult() > 0) {
            return;
        }
        for (EngagementView e : engagements.views(new MunicipalityNumber("4601"))) {
            billing.store(e.id(), new BillingTermsInput("HOURLY", "1450", null, null, "4711 Ingrid Solheim", null, "STANDARD", null));
        }
        List<EngagementView> bodo = engagements.views(new MunicipalityNumber("1804"));
        if (!bodo.isEmpty()) {
            billing.store(bodo.get(0).id(), new BillingTermsInput("FIXED", null, "24000", "Nettverksgrupper og individuell coaching, inntil 20 timer i måneden",
                    "Bodø 2210 Marit Johansen", null, "EXEMPT", null));
        }
        LOG.info("Demo data loaded: billing terms");
    }
}
