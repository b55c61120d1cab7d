package no.ledernett.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import no.ledernett.platform.Attention;
import no.ledernett.platform.AttentionSource;
import no.ledernett.platform.Viewer;
import no.ledernett.portal.ServiceRequests;

/** For the start page: portal requests from municipalities that nobody has handled yet. */
@ApplicationScoped
public class RequestsAttention implements AttentionSource {

    @Inject
    ServiceRequests requests;

    @Override
    public List<Attention> attention(Viewer viewer, LocalDate today, java.util.Locale locale) {
        if (!viewer.is(Viewer.Role.STAFF)) {
            return List.of();
        }
        return List.of(new Attention(PortalSections.TEXTS, "attention.requests", requests.waiting(), "/admin/requests/index.xhtml", false, 30));
    }
}
