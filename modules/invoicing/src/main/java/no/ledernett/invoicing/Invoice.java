package no.ledernett.invoicing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One invoice or credit note to one municipality for one engagement. A draft is what a run
 * proposes; once approved it has its number and its EHF document, and nothing in it changes again:
 * a mistake is put right with a credit note, which is an invoice of its own.
 */
@Entity
@Table(name = "invoice")
public class Invoice implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        INVOICE,
        CREDIT_NOTE
    }

    public enum Status {
        DRAFT,
        APPROVED,
        /** Approved, and cancelled since by a credit note; its hours may be billed again. */
        CREDITED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "run_id")
    private InvoiceRun run;

    @Column(name = "engagement_id")
    private long engagementId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "invoice_number")
    private Long number;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "credits_invoice_id")
    private Invoice credits;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "municipality_number")
    private String municipalityNumber;

    @Column(name = "buyer_name")
    private String buyerName;

    @Column(name = "buyer_organisation_number")
    private String buyerOrganisationNumber;

    @Column(name = "buyer_reference")
    private String buyerReference;

    @Enumerated(EnumType.STRING)
    private VatTreatment vat;

    @Column(name = "net_amount")
    private BigDecimal net = BigDecimal.ZERO;

    @Column(name = "vat_amount")
    private BigDecimal vatAmount = BigDecimal.ZERO;

    /** Why it cannot be approved yet, as rule keys ({@code reference,price}); empty when it can. */
    private String problems;

    /** The EHF (UBL) document, written and validated when approved. */
    private String ehf;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<InvoiceLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Invoice() {
    }

    /** A draft for a run. */
    Invoice(InvoiceRun run, long engagementId, Buyer buyer, VatTreatment vat, LocalDate periodStart, LocalDate periodEnd, List<String> problems) {
        this.run = run;
        this.engagementId = engagementId;
        this.kind = Kind.INVOICE;
        this.status = Status.DRAFT;
        this.municipalityNumber = buyer.municipalityNumber();
        this.buyerName = buyer.name();
        this.buyerOrganisationNumber = buyer.organisationNumber();
        this.buyerReference = buyer.reference();
        this.vat = vat;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.problems = problems.isEmpty() ? null : String.join(",", problems);
    }

    /** A credit note for all of an approved invoice, numbered and issued at once. */
    static Invoice creditNoteFor(Invoice original, long number, LocalDate today) {
        Invoice note = new Invoice();
        note.engagementId = original.engagementId;
        note.kind = Kind.CREDIT_NOTE;
        note.status = Status.APPROVED;
        note.credits = original;
        note.number = number;
        note.issueDate = today;
        note.municipalityNumber = original.municipalityNumber;
        note.buyerName = original.buyerName;
        note.buyerOrganisationNumber = original.buyerOrganisationNumber;
        note.buyerReference = original.buyerReference;
        note.vat = original.vat;
        note.periodStart = original.periodStart;
        note.periodEnd = original.periodEnd;
        for (InvoiceLine line : original.lines) {
            note.add(line.getWorkDate(), line.getDescription(), line.getQuantity(), line.getUnitCode(), line.getUnitPrice(), null);
        }
        original.status = Status.CREDITED;
        return note;
    }

    void add(LocalDate workDate, String description, BigDecimal quantity, String unitCode, BigDecimal unitPrice, String source) {
        InvoiceLine line = new InvoiceLine(this, lines.size() + 1, workDate, description, quantity, unitCode, unitPrice, source);
        lines.add(line);
        net = net.add(line.getAmount());
        vatAmount = vat == null ? BigDecimal.ZERO : net.multiply(vat.percent()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    void approve(long number, LocalDate today, int paymentDays) {
        this.number = number;
        this.issueDate = today;
        this.dueDate = today.plusDays(paymentDays);
        this.status = Status.APPROVED;
    }

    void document(String ehf) {
        this.ehf = ehf;
    }

    public Long getId() {
        return id;
    }

    public InvoiceRun getRun() {
        return run;
    }

    public long getEngagementId() {
        return engagementId;
    }

    public Kind getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public Long getNumber() {
        return number;
    }

    public Invoice getCredits() {
        return credits;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public String getMunicipalityNumber() {
        return municipalityNumber;
    }

    public String getBuyerName() {
        return buyerName;
    }

    public String getBuyerOrganisationNumber() {
        return buyerOrganisationNumber;
    }

    public String getBuyerReference() {
        return buyerReference;
    }

    public VatTreatment getVat() {
        return vat;
    }

    public BigDecimal getNet() {
        return net;
    }

    public BigDecimal getVatAmount() {
        return vatAmount;
    }

    public BigDecimal getTotal() {
        return net.add(vatAmount);
    }

    public List<String> getProblems() {
        return problems == null ? List.of() : Arrays.asList(problems.split(","));
    }

    public String getEhf() {
        return ehf;
    }

    public List<InvoiceLine> getLines() {
        return lines;
    }

    public long getVersion() {
        return version;
    }
}
