package no.ledernett.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import no.ledernett.platform.Viewer;

/**
 * Who is asking. Until sign-in arrives every request acts as staff — who, by the confidentiality
 * rule, cannot read challenge texts. Sign-in will produce the signed-in user here.
 */
@ApplicationScoped
public class CurrentViewer {

    @Produces
    Viewer current() {
        return Viewer.staff();
    }
}
