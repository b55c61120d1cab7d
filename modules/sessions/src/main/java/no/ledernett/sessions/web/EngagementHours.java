package no.ledernett.sessions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.ledernett.municipalities.BudgetUse;
import no.ledernett.municipalities.EngagementView;
import no.ledernett.municipalities.Engagements;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Rules;
import no.ledernett.sessions.HoursEntry;
import no.ledernett.sessions.HoursLog;
import no.ledernett.sessions.SessionsTexts;
import org.omnifaces.util.Faces;

/** An engagement's hours: used against budget, a bar per month, and one month's entries with its CSV for invoicing. */
@Named
@ViewScoped
public class EngagementHours implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One month's bar; width in steps of 5 % of the busiest month, so the CSS needs no inline styles. */
    public record Month(YearMonth month, double hours, int width) implements java.io.Serializable {

        /** "oktober 2026": how people name a month in an invoice. */
        public String label() {
            return monthName(month);
        }
    }

    /** "november 2026" in the screen's language. */
    private static String monthName(java.time.temporal.TemporalAccessor month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale()).format(month);
    }

    @Inject
    Engagements engagements;

    @Inject
    HoursLog hours;

    private Long engagementId;
    private String month;
    private EngagementView engagement;
    private BudgetUse use;
    private List<Month> months;
    private List<HoursEntry> entries;
    private YearMonth selected;
    private long outsideCount;

    public void load() {
        try {
            engagement = engagements.view(engagementId == null ? -1 : engagementId);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Engagement not found");
            return;
        }
        use = engagements.budgetUse(engagement);
        List<HoursEntry> all = hours.entries(engagement.id(), null);
        outsideCount = all.stream().filter(this::isOutside).count();
        Map<YearMonth, Double> sums = new TreeMap<>();
        all.forEach(h -> sums.merge(YearMonth.from(h.getDate()), h.getHours(), Double::sum));
        double max = sums.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        months = sums.entrySet().stream()
                .map(e -> new Month(e.getKey(), Math.round(e.getValue() * 100) / 100.0, no.ledernett.platform.web.Bars.step(e.getValue() / max * 100))).toList();
        selected = parse(month);
        if (selected == null && !months.isEmpty()) {
            selected = months.get(months.size() - 1).month();
        }
        entries = selected == null ? List.of() : all.stream().filter(h -> YearMonth.from(h.getDate()).equals(selected)).toList();
    }

    /** A month the address gets wrong is passed over as a missing one is: the page shows the latest month. */
    private static YearMonth parse(String value) {
        return new Rules().monthIfGiven("month", value, SessionsTexts.RULES, "format.month");
    }

    /** Whether the entry's day lies outside the engagement's period, which then does not cover it. */
    public boolean isOutside(HoursEntry entry) {
        return engagement.outside(entry.getDate());
    }

    /** How many of the engagement's entries lie outside its period. */
    public long getOutsideCount() {
        return outsideCount;
    }

    public EngagementView getEngagement() {
        return engagement;
    }

    public BudgetUse getUse() {
        return use;
    }

    public List<Month> getMonths() {
        return months;
    }

    public List<HoursEntry> getEntries() {
        return entries;
    }

    public String getSelectedLabel() {
        return selected == null ? "" : monthName(selected);
    }

    public YearMonth getSelected() {
        return selected;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public void setEngagementId(Long engagementId) {
        this.engagementId = engagementId;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
