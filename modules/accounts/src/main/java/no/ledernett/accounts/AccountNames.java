package no.ledernett.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.ledernett.platform.UserNames;
import no.ledernett.platform.Viewer;

@ApplicationScoped
public class AccountNames implements UserNames {

    @Inject
    Accounts accounts;

    @Override
    public String nameOf(Viewer viewer) {
        if (viewer == null || viewer.userId() == null) {
            return "Ledernett";
        }
        try {
            return accounts.get(viewer.userId()).getName();
        } catch (no.ledernett.platform.NotFoundException e) {
            return "#" + viewer.userId();
        }
    }
}
