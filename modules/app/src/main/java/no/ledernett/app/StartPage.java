package no.ledernett.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.ledernett.platform.Attention;
import no.ledernett.platform.AttentionSource;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Viewer;

/**
 * The admin start page: what needs attention today, from every module that has such work
 * ({@link AttentionSource}), each line counted in the database and linked to where it is solved.
 * The start page knows none of the modules; a source answers only what this viewer may see.
 */
@Named
@RequestScoped
public class StartPage {

    @Inject
    Instance<AttentionSource> sources;

    @Inject
    Viewer viewer;

    private List<Attention> lines;

    public List<Attention> getLines() {
        if (lines == null) {
            Locale locale = locale();
            LocalDate today = no.ledernett.platform.NorwegianTime.today();
            lines = sources.stream().flatMap(s -> s.attention(viewer, today, locale).stream())
                    .sorted(Comparator.comparingInt(Attention::order)).toList();
        }
        return lines;
    }

    /** Whether nothing at all needs attention today. */
    public boolean isAllClear() {
        return getLines().stream().allMatch(l -> l.count() == 0);
    }

    public String label(Attention line) {
        return Texts.format(line.bundle(), locale(), line.key() + ".label");
    }

    public String action(Attention line) {
        return Texts.format(line.bundle(), locale(), line.key() + ".action");
    }

    /** The line's element id, for tests and links: {@code attention-groups-withoutAdviser} style, from its text key. */
    public String id(Attention line) {
        return line.key().replace('.', '-');
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
