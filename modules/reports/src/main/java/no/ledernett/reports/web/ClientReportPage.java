package no.ledernett.reports.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import no.ledernett.municipalities.EngagementView;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.PreconditionRequiredException;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.Bars;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.reports.ClientReport;
import no.ledernett.reports.ClientReports;
import no.ledernett.sessions.EngagementActivity;
import org.omnifaces.util.Faces;

/**
 * The client report on screen, for staff: the same figures as the PDF the municipality gets, but in
 * the screen's language; a period to choose, and the period's summary to write.
 */
@Named
@ViewScoped
public class ClientReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A month's hours with its bar, in steps of 5 % of the busiest month (no inline styles under the CSP). */
    public record Month(YearMonth month, double hours, int width) implements Serializable {
    }

    @Inject
    ClientReports reports;

    @Inject
    Provider<Viewer> viewer;

    private Long engagementId;
    private String from;
    private String to;
    private ClientReport report;
    private LocalDate fromDate;
    private LocalDate toDate;
    private String summary;

    public void load() {
        try {
            show(reports.report(viewer.get(), engagementId == null ? -1 : engagementId, from, to));
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Engagement not found");
        } catch (InvalidInputException e) {
            // A period in the address the wrong way round or too long: show the default one and say why.
            show(reports.report(viewer.get(), engagementId, null, null));
            FormMessages.show("period", e);
        }
    }

    private void show(ClientReport shown) {
        report = shown;
        fromDate = shown.from();
        toDate = shown.to();
        summary = shown.summary();
    }

    /** Shows the chosen period; an empty date takes the default period's. A bookmarkable address, so a GET. */
    public String showPeriod() {
        try {
            ClientReport chosen = reports.report(viewer.get(), report.engagement().id(), iso(fromDate), iso(toDate));
            return address(chosen);
        } catch (InvalidInputException e) {
            FormMessages.show("period", e);
            return null;
        }
    }

    public String save() {
        try {
            ClientReport saved = reports.writeSummary(viewer.get(), report.engagement().id(), report.from().toString(), report.to().toString(),
                    summary, report.summaryVersion());
            FormMessages.flash("common.saved");
            return address(saved);
        } catch (InvalidInputException e) {
            FormMessages.show("summaryForm", e);
        } catch (ConflictException | PreconditionRequiredException e) {
            // Someone else wrote the period's summary since the page was opened (the first one too).
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Engagement not found");
        }
        return null;
    }

    private static String address(ClientReport r) {
        return "/admin/reports/report?faces-redirect=true&engagementId=" + r.engagement().id() + "&from=" + r.from() + "&to=" + r.to();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** The period's query string for the PDF, so it covers what the screen shows. */
    public String getPdfQuery() {
        return "from=" + report.from() + "&to=" + report.to();
    }

    public List<Month> getMonths() {
        double max = report.figures().hoursByMonth().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return report.figures().hoursByMonth().entrySet().stream()
                .map(e -> new Month(e.getKey(), e.getValue(), max > 0 ? Bars.step(e.getValue() / max * 100) : 0)).toList();
    }

    /** "oktober 2026" in the screen's language. */
    public String monthName(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale()).format(month);
    }

    /** Hours and averages with one decimal, as the PDF writes them. */
    public String oneDecimal(Double value) {
        return value == null ? "" : String.format(locale(), "%.1f", value);
    }

    /** Present of all marked, as a whole percentage; null where too few were there to show it. */
    public String percent(Double rate) {
        return rate == null ? null : Math.round(rate * 100) + " %";
    }

    /** The saved summary a paragraph per line, as the PDF keeps its line breaks; empty while none is written. */
    public List<String> getSummaryLines() {
        return report.summary() == null ? List.of() : report.summary().lines().filter(l -> !l.isBlank()).toList();
    }

    public boolean isCoaching() {
        EngagementActivity.Figures f = report.figures();
        return f.coachingHeld() + f.coachingPlanned() + f.coachingNoShows() > 0;
    }

    /** The fewest different leaders a rate or an average needs before it is shown. */
    public int getMinPeople() {
        return EngagementActivity.MIN_PEOPLE;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public ClientReport getReport() {
        return report;
    }

    public EngagementView getEngagement() {
        return report == null ? null : report.engagement();
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public void setEngagementId(Long engagementId) {
        this.engagementId = engagementId;
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

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
