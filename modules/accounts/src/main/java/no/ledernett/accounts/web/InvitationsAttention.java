package no.ledernett.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.ledernett.accounts.Accounts;
import no.ledernett.platform.Attention;
import no.ledernett.platform.AttentionSource;
import no.ledernett.platform.Viewer;

/** For the start page: users invited who have not chosen a password yet (a new link, or a word with them, may help). */
@ApplicationScoped
public class InvitationsAttention implements AttentionSource {

    @Inject
    Accounts accounts;

    @Override
    public List<Attention> attention(Viewer viewer, LocalDate today, Locale locale) {
        if (!viewer.is(Viewer.Role.STAFF)) {
            return List.of();
        }
        return List.of(new Attention(AccountTexts.BUNDLE, "attention.invitations", accounts.invitationsNotAccepted(), "/admin/users/index.xhtml?invited=true",
                false, 60));
    }
}
