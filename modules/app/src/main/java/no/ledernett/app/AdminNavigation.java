package no.ledernett.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import no.ledernett.accounts.PageAccess;
import no.ledernett.platform.AdminSection;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Texts;

/** The admin menu, made of the sections the modules provide that the signed-in user may open. */
@Named
@RequestScoped
public class AdminNavigation {

    @Inject
    Instance<AdminSection> provided;

    @Inject
    Viewer viewer;

    @Inject
    PageAccess pageAccess;

    private List<AdminSection> sections;

    public List<AdminSection> getSections() {
        if (sections == null) {
            sections = provided.stream().filter(s -> pageAccess.allowed(viewer, s.outcome() + ".xhtml"))
                    .sorted(Comparator.comparingInt(AdminSection::order)).toList();
        }
        return sections;
    }

    public String label(AdminSection section) {
        return Texts.format(section.bundle(), locale(), section.key() + ".label");
    }

    public String description(AdminSection section) {
        return Texts.format(section.bundle(), locale(), section.key() + ".description");
    }

    public boolean isCurrent(AdminSection section) {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return viewId.startsWith(section.path());
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
