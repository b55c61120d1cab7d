package no.ledernett.municipalities.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.ledernett.municipalities.EngagementKind;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.Leaders;
import no.ledernett.municipalities.MunicipalityDirectory;
import no.ledernett.platform.SearchHit;
import no.ledernett.platform.SearchSource;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Viewer;

/**
 * The search across everything, for staff: municipalities by name or number (from the catalogue
 * each instance holds, no statement), leaders by name or e-mail, engagements by municipality,
 * programme or number (a statement each).
 */
@ApplicationScoped
public class MunicipalitiesSearch implements SearchSource {

    @Inject
    MunicipalityDirectory directory;

    @Inject
    Leaders leaders;

    @Inject
    Engagements engagements;

    @Override
    public List<SearchHit> search(Viewer viewer, String text, int max, Locale locale) {
        if (!viewer.is(Viewer.Role.STAFF)) {
            return List.of();
        }
        String q = text.trim().toLowerCase(Locale.ROOT);
        List<SearchHit> hits = new ArrayList<>();
        Map<String, String> names = directory.names();
        names.entrySet().stream().filter(e -> e.getKey().startsWith(q) || e.getValue().toLowerCase(Locale.ROOT).contains(q))
                .sorted(Map.Entry.comparingByValue()).limit(max)
                .forEach(e -> hits.add(new SearchHit("municipality", e.getValue(), e.getKey(), "/admin/municipalities/municipality.xhtml?number=" + e.getKey())));
        for (Object[] l : leaders.find(text, max)) {
            String number = (String) l[3];
            hits.add(new SearchHit("leader", (String) l[1], (l[2] == null ? "" : l[2] + " · ") + names.getOrDefault(number, number),
                    "/admin/municipalities/leader.xhtml?id=" + l[0]));
        }
        for (Object[] e : engagements.find(text, max)) {
            String programme = (String) e[3];
            hits.add(new SearchHit("engagement", e[1] + " – " + Texts.format(MunicipalitiesSection.TEXTS, locale, "kind." + (EngagementKind) e[2])
                    + (programme == null ? "" : " (" + programme + ")"), "#" + e[0] + (e[4] == null ? "" : " · " + ((LocalDate) e[4]).getYear()),
                    "/admin/municipalities/engagement.xhtml?id=" + e[0]));
        }
        return hits;
    }
}
