package no.ledernett.reports.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import no.ledernett.platform.AdminSection;
import no.ledernett.reports.ReportTexts;

/** The management figures in the admin menu; /admin/* is for staff only (web.xml), so advisers never see it. */
@ApplicationScoped
public class FiguresSection {

    @Produces
    AdminSection figures() {
        return new AdminSection(ReportTexts.TEXTS, "figures.section", "/admin/reports/figures", "/admin/reports/figures", 42);
    }
}
