package no.ledernett.invoicing.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import no.ledernett.invoicing.Invoice;
import no.ledernett.invoicing.InvoiceRun;
import no.ledernett.invoicing.InvoiceRuns;
import no.ledernett.invoicing.InvoicingTexts;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.PreconditionRequiredException;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Violation;
import org.omnifaces.util.Faces;

/**
 * One invoice run: its invoices with what stops them, and approving, proposing again, discarding
 * and crediting. Approval and discarding name the run's version as this page loaded it, so a run
 * proposed again or approved by someone else meanwhile is refused rather than approved unseen.
 */
@Named
@ViewScoped
public class InvoiceRunPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How the billing terms form writes an amount back: Norwegian, as {@code BillingTermsInput} reads it. */
    private static final Locale AMOUNTS = Texts.BOKMAL;

    @Inject
    InvoiceRuns invoiceRuns;

    private Long id;
    private InvoiceRun run;
    /** The version the staff member reviewed: what approval and discarding are checked against. */
    private Long version;
    /** Read again on every render rather than kept in the session with the view. */
    private transient List<Invoice> invoices;

    public void load() {
        try {
            run = invoiceRuns.run(id == null ? -1 : id);
            version = run.getVersion();
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Invoice run not found");
        }
    }

    public void approve() {
        try {
            run = invoiceRuns.approve(id, version);
            version = run.getVersion();
            invoices = null;
            info("run.approved", invoiceCount());
        } catch (InvalidInputException e) {
            showAll(e);
        } catch (ConflictException | PreconditionRequiredException e) {
            error("run.conflict");
        } catch (NotFoundException e) {
            error("run.gone");
        }
    }

    public void proposeAgain() {
        try {
            run = invoiceRuns.propose(run.getMonth());
            version = run.getVersion();
            invoices = null;
            info("run.proposedAgain", invoiceCount());
        } catch (InvalidInputException e) {
            showAll(e);
        }
    }

    public String discard() {
        try {
            invoiceRuns.discard(id, version);
        } catch (ConflictException | NotFoundException e) {
            error("run.conflict");
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info("run.discarded", monthName());
        return "/admin/invoicing/index?faces-redirect=true";
    }

    public void credit(Invoice invoice) {
        try {
            Invoice note = invoiceRuns.credit(invoice.getId(), invoice.getVersion());
            invoices = null;
            info("invoice.credited", String.valueOf(invoice.getNumber()), String.valueOf(note.getNumber()));
        } catch (InvalidInputException e) {
            showAll(e);
        } catch (ConflictException | PreconditionRequiredException | NotFoundException e) {
            invoices = null;
            error("invoice.conflict");
        }
    }

    /** Whether the invoice can still be cancelled by a credit note. */
    public boolean creditable(Invoice invoice) {
        return invoice.getKind() == Invoice.Kind.INVOICE && invoice.getStatus() == Invoice.Status.APPROVED;
    }

    public String creditQuestion(Invoice invoice) {
        return Texts.format(InvoicingTexts.TEXTS, locale(), "invoice.credit.confirm", String.valueOf(invoice.getNumber()), invoice.getBuyerName());
    }

    /** The page to put a problem right on: the billing terms, or the municipality for its organisation number. */
    public String fixUrl(Invoice invoice, String problem) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return "organisationNumber".equals(problem)
                ? context + "/admin/municipalities/municipality.xhtml?number=" + invoice.getMunicipalityNumber()
                : context + "/admin/invoicing/terms.xhtml?engagementId=" + invoice.getEngagementId();
    }

    /** Kroner as the screen's language writes them: 1 450,00 kr, or NOK 1,450.00 in English. */
    public String kroner(BigDecimal amount) {
        return amount == null ? "" : format(amount, locale());
    }

    static String format(BigDecimal amount) {
        return format(amount, AMOUNTS);
    }

    static String format(BigDecimal amount, Locale locale) {
        return no.ledernett.platform.web.Numbers.kroner(amount, locale);
    }

    /** A quantity as the screen writes numbers, up to two decimals: 1,5. */
    public String quantity(BigDecimal quantity) {
        return no.ledernett.platform.web.Numbers.format(quantity, locale());
    }

    public BigDecimal getNet() {
        return getInvoices().stream().map(Invoice::getNet).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal getVat() {
        return getInvoices().stream().map(Invoice::getVatAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal getTotal() {
        return getNet().add(getVat());
    }

    public long getProblemCount() {
        return getInvoices().stream().filter(i -> !i.getProblems().isEmpty()).count();
    }

    public boolean isDraft() {
        return run != null && run.getStatus() == InvoiceRun.Status.DRAFT;
    }

    public String monthName() {
        return run == null ? "" : java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", locale()).format(run.getMonth());
    }

    public List<Invoice> getInvoices() {
        if (invoices == null) {
            invoices = run == null ? List.of() : invoiceRuns.invoices(run.getId());
        }
        return invoices;
    }

    private int invoiceCount() {
        return getInvoices().size();
    }

    /** Every reason at once, on top: they concern many invoices, not one field. */
    private void showAll(InvalidInputException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Violation v : e.violations()) {
            String text = v.message(locale());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        faces.validationFailed();
    }

    private void info(String key, Object... args) {
        message(FacesMessage.SEVERITY_INFO, key, args);
    }

    private void error(String key, Object... args) {
        message(FacesMessage.SEVERITY_ERROR, key, args);
    }

    private void message(FacesMessage.Severity severity, String key, Object... args) {
        String text = Texts.format(InvoicingTexts.TEXTS, locale(), key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public InvoiceRun getRun() {
        return run;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
