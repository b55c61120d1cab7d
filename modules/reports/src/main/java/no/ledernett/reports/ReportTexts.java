package no.ledernett.reports;

/** Where this module's texts live. */
public final class ReportTexts {

    public static final String RULES = "no.ledernett.reports.Rules";
    public static final String TEXTS = "no.ledernett.reports.web.Texts";
    /** The report's own words, in bokmål and nynorsk (the municipality's written form). */
    public static final String REPORT = "no.ledernett.reports.Report";

    private ReportTexts() {
    }
}
