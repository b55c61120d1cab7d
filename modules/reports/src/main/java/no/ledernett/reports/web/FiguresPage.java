package no.ledernett.reports.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import no.ledernett.matching.AdviserOption;
import no.ledernett.platform.Counties;
import no.ledernett.platform.County;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.Bars;
import no.ledernett.platform.web.Dates;
import no.ledernett.reports.Capacity;
import no.ledernett.reports.ClientHours;
import no.ledernett.reports.ManagementFigures;

/**
 * The management figures on screen: four sections, each a bar chart drawn in its own table (the
 * table is the chart's text alternative: the bars are hidden from screen readers, the numbers are
 * not). The filter is a plain GET form, so the address holds it and a link can be shared.
 */
@Named
@ViewScoped
public class FiguresPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ManagementFigures service;

    @Inject
    Provider<Viewer> viewer;

    @Inject
    Dates dates;

    private String from;
    private String to;
    private String county;
    private String adviser;
    private ManagementFigures.Figures figures;

    public void load() {
        // A filter in the address that is not one: the default figures (or every adviser's), and why.
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        figures = service.orDefault(viewer.get(), from, to, county, adviser, e -> e.violations()
                .forEach(v -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(locale), v.message(locale)))));
    }

    /** A bar's width class for a share of the largest value (steps of 5 %, no inline styles under the CSP). */
    public String width(Number value, Number max) {
        double m = max == null ? 0 : max.doubleValue();
        return "w" + (m > 0 && value != null ? Bars.step(value.doubleValue() / m * 100) : 0);
    }

    public double getMaxUsed() {
        return figures.hours().byMonth().stream().mapToDouble(ClientHours.MonthTotal::used).max().orElse(0);
    }

    public int getMaxReceived() {
        return figures.requests().stream().mapToInt(m -> m.received()).max().orElse(0);
    }

    /** Committed of capacity as a whole percentage, or empty without capacity. */
    public String percent(Integer value) {
        return value == null ? "–" : value + " %";
    }

    /** A share (0–1) as a whole percentage. */
    public String share(Double rate) {
        return rate == null ? null : Math.round(rate * 100) + " %";
    }

    public boolean over(Capacity.Month month) {
        return month.committed() > month.capacity();
    }

    /** The address of the Excel export with the figures' filter. */
    public String getXlsxQuery() {
        return figures.filter().query();
    }

    public List<County> getCounties() {
        return Counties.all();
    }

    public List<AdviserOption> getAdvisers() {
        return figures.advisers();
    }

    /** "januar 2026 – juni 2026" in the screen's language. */
    public String getPeriod() {
        return dates.format(figures.filter().from(), dates.getMonth()) + " – " + dates.format(figures.filter().to(), dates.getMonth());
    }

    public String countyName(String number) {
        return number == null ? "" : Counties.name(number);
    }

    public String getAdviserName() {
        Long id = figures.filter().adviserId();
        return id == null ? null : figures.advisers().stream().filter(a -> a.id() == id).map(AdviserOption::name).findFirst().orElse(null);
    }

    public int getMinPeople() {
        return no.ledernett.sessions.EngagementActivity.MIN_PEOPLE;
    }

    public int getCapacityMonths() {
        return ManagementFigures.CAPACITY_MONTHS;
    }

    public ManagementFigures.Figures getFigures() {
        return figures;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public String getAdviser() {
        return adviser;
    }

    public void setAdviser(String adviser) {
        this.adviser = adviser;
    }
}
