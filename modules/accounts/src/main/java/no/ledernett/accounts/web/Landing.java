package no.ledernett.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.ledernett.accounts.PageAccess;
import no.ledernett.platform.Viewer;

/** The front door: each role to its own start page, anyone else to the sign-in page. */
@Named
@RequestScoped
public class Landing {

    @Inject
    Viewer viewer;

    public String go() {
        return PageAccess.home(viewer).replace(".xhtml", "") + "?faces-redirect=true";
    }
}
