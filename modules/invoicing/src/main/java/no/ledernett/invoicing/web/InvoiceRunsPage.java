package no.ledernett.invoicing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.ledernett.invoicing.InvoiceRun;
import no.ledernett.invoicing.InvoiceRuns;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NorwegianTime;
import no.ledernett.platform.web.FormMessages;

/** The invoice runs, newest month first, and the form that proposes a month's run. */
@Named
@ViewScoped
public class InvoiceRunsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How far back the month list reaches: a month forgotten for longer is rare, and its hours go into any later run anyway. */
    static final int MONTHS_BACK = 12;

    @Inject
    InvoiceRuns invoiceRuns;

    /** "yyyy-MM", one of {@link #getMonths()} (Faces refuses any other); the previous month, the one usually billed at the start of a month. */
    private String month = YearMonth.from(NorwegianTime.today()).minusMonths(1).toString();
    /** Read again on every render rather than kept in the session with the view. */
    private transient List<InvoiceRun> runs;

    public String propose() {
        try {
            InvoiceRun run = invoiceRuns.propose(month == null ? null : YearMonth.parse(month));
            return "/admin/invoicing/run?faces-redirect=true&id=" + run.getId();
        } catch (InvalidInputException e) {
            FormMessages.show("propose", e);
            return null;
        }
    }

    /** This month and the twelve before it, newest first. */
    public List<YearMonth> getMonths() {
        YearMonth now = YearMonth.from(NorwegianTime.today());
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i <= MONTHS_BACK; i++) {
            months.add(now.minusMonths(i));
        }
        return months;
    }

    public List<InvoiceRun> getRuns() {
        if (runs == null) {
            runs = invoiceRuns.runs();
        }
        return runs;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
