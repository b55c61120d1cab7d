package no.ledernett.groups.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import no.ledernett.groups.Groups;
import no.ledernett.platform.Attention;
import no.ledernett.platform.AttentionSource;
import no.ledernett.platform.Viewer;

/** For the start page: running groups that still have no adviser (staff assign them). */
@ApplicationScoped
public class GroupsAttention implements AttentionSource {

    @Inject
    Groups groups;

    @Override
    public List<Attention> attention(Viewer viewer, LocalDate today, java.util.Locale locale) {
        if (!viewer.is(Viewer.Role.STAFF)) {
            return List.of();
        }
        return List.of(new Attention(GroupsSections.TEXTS, "attention.withoutAdviser", groups.runningWithoutAdviser(),
                "/admin/groups/index.xhtml?withoutAdviser=true", false, 20));
    }
}
