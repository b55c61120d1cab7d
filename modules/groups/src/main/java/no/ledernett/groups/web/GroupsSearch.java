package no.ledernett.groups.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.ledernett.groups.GroupStatus;
import no.ledernett.groups.Groups;
import no.ledernett.platform.SearchHit;
import no.ledernett.platform.SearchSource;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Viewer;

/**
 * The search across everything: network groups by name, in one statement. Staff find every group
 * and open its page; an adviser finds their own groups and opens their meetings (the group's page
 * is staff's).
 */
@ApplicationScoped
public class GroupsSearch implements SearchSource {

    @Inject
    Groups groups;

    @Override
    public List<SearchHit> search(Viewer viewer, String text, int max, Locale locale) {
        boolean staff = viewer.is(Viewer.Role.STAFF);
        if (!staff && !viewer.is(Viewer.Role.ADVISER)) {
            return List.of();
        }
        Long adviser = staff ? null : (viewer.adviserId() == null ? -1L : viewer.adviserId());
        Map<String, String> names = groups.municipalityNames();
        return groups.find(text, adviser, max).stream().map(g -> new SearchHit("group", (String) g[1],
                names.getOrDefault((String) g[2], (String) g[2]) + " · " + Texts.format(GroupsSections.TEXTS, locale, "status." + (GroupStatus) g[3]),
                staff ? "/admin/groups/group.xhtml?id=" + g[0] : "/admin/meetings/index.xhtml?group=" + g[0])).toList();
    }
}
