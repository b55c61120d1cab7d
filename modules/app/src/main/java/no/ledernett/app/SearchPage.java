package no.ledernett.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ledernett.platform.SearchHit;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Viewer;

/** The search page: every hit for a text, grouped by kind, each linked to its page. */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    Search search;

    @Inject
    Viewer viewer;

    private String q;
    private Search.Result result;

    public Search.Result getResult() {
        if (result == null) {
            result = search.search(viewer, q, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return result;
    }

    /** Hits by kind, in the order the kinds first came. */
    public List<Map.Entry<String, List<SearchHit>>> getGroups() {
        Map<String, List<SearchHit>> byKind = new LinkedHashMap<>();
        getResult().hits().forEach(h -> byKind.computeIfAbsent(h.kind(), k -> new java.util.ArrayList<>()).add(h));
        return List.copyOf(byKind.entrySet());
    }

    public String kind(String kind) {
        return Texts.format(HeaderSearch.MESSAGES, FacesContext.getCurrentInstance().getViewRoot().getLocale(), "search.kind." + kind);
    }

    public boolean isTooShort() {
        return q == null || q.strip().length() < Search.MIN_LENGTH;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
