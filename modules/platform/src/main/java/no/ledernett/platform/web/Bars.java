package no.ledernett.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The width of a bar (budget used, workload, score) as one of the style classes {@code w0} to
 * {@code w100}, in steps of 5 %: the content security policy allows no inline style. Anything
 * above nothing shows at least one step, so 3 % used is not drawn as an empty bar.
 * {@code #{bars.width(percent)}}.
 */
@Named("bars")
@ApplicationScoped
public class Bars {

    public String width(Number percent) {
        return "w" + step(percent == null ? 0 : percent.doubleValue());
    }

    /** The step of 5 at or below the percentage, 5 for anything above 0, and 100 at most. */
    public static int step(double percent) {
        if (!(percent > 0)) {
            return 0;
        }
        int p = (int) Math.min(100, Math.floor(percent));
        return Math.max(5, p - p % 5);
    }
}
