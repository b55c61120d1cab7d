package no.ledernett.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import no.ledernett.platform.SearchHit;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.LocalPath;
import org.primefaces.event.SelectEvent;

/**
 * The search field in the admin header: answers as one types (a combobox of hits grouped by kind),
 * opens the chosen hit's page, and shows every hit on the search page when asked. Staff and
 * advisers only; the header shows no field to anyone else.
 */
@Named
@RequestScoped
public class HeaderSearch {

    static final String MESSAGES = "no.ledernett.app.Messages";

    @Inject
    Search search;

    @Inject
    Viewer viewer;

    private String query;

    public boolean isAvailable() {
        return viewer.is(Viewer.Role.STAFF) || viewer.is(Viewer.Role.ADVISER);
    }

    public List<SearchHit> complete(String text) {
        return search.search(viewer, text, locale()).hits();
    }

    /** Opens the chosen hit: only a page of the admin screens, whatever was posted. */
    public void chosen(SelectEvent<Object> event) throws IOException {
        Object link = event.getObject();
        FacesContext faces = FacesContext.getCurrentInstance();
        String path = link == null ? null : LocalPath.safe(link.toString()).filter(p -> p.startsWith("/admin/")).orElse(null);
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                + (path != null ? path : "/admin/search.xhtml?q=" + URLEncoder.encode(query == null ? "" : query, StandardCharsets.UTF_8)));
    }

    /** Every hit, on a page of its own. */
    public void showAll() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/admin/search.xhtml?q="
                + URLEncoder.encode(query == null ? "" : query.strip(), StandardCharsets.UTF_8));
    }

    public String kind(SearchHit hit) {
        return Texts.format(MESSAGES, locale(), "search.kind." + hit.kind());
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
