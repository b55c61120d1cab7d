package no.ledernett.invoicing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import no.ledernett.invoicing.Invoice;
import no.ledernett.invoicing.InvoiceLine;
import no.ledernett.invoicing.InvoiceRun;

/** What the invoicing endpoints read and write as JSON. */
public final class InvoicingJson {

    private InvoicingJson() {
    }

    public record RunJson(long id, String month, String status, LocalDateTime createdAt, LocalDateTime approvedAt, long version, List<InvoiceJson> invoices) {
    }

    public record InvoiceJson(long id, String kind, String status, Long number, long engagementId, String municipalityNumber, String buyerName,
                              String buyerOrganisationNumber, String buyerReference, LocalDate issueDate, LocalDate dueDate, LocalDate periodStart,
                              LocalDate periodEnd, String vat, BigDecimal net, BigDecimal vatAmount, BigDecimal total, List<String> problems, Long credits,
                              long version, List<LineJson> lines) {
    }

    public record LineJson(int line, LocalDate date, String description, BigDecimal quantity, String unit, BigDecimal price, BigDecimal amount) {
    }

    public record MonthJson(String month) {
    }

    public record VersionJson(Long version) {
    }

    static RunJson run(InvoiceRun run, List<Invoice> invoices) {
        return new RunJson(run.getId(), run.getMonth().toString(), run.getStatus().name(), run.getCreatedAt(), run.getApprovedAt(), run.getVersion(),
                invoices == null ? null : invoices.stream().map(InvoicingJson::invoice).toList());
    }

    static InvoiceJson invoice(Invoice i) {
        return new InvoiceJson(i.getId(), i.getKind().name(), i.getStatus().name(), i.getNumber(), i.getEngagementId(), i.getMunicipalityNumber(),
                i.getBuyerName(), i.getBuyerOrganisationNumber(), i.getBuyerReference(), i.getIssueDate(), i.getDueDate(), i.getPeriodStart(),
                i.getPeriodEnd(), i.getVat() == null ? null : i.getVat().name(), i.getNet(), i.getVatAmount(), i.getTotal(), i.getProblems(),
                i.getCredits() == null ? null : i.getCredits().getId(), i.getVersion(), i.getLines().stream().map(InvoicingJson::line).toList());
    }

    static LineJson line(InvoiceLine l) {
        return new LineJson(l.getLineNumber(), l.getWorkDate(), l.getDescription(), l.getQuantity(), l.getUnitCode(), l.getUnitPrice(), l.getAmount());
    }
}
