package no.ledernett.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** One line of an invoice: hours of one meeting or coaching session, or a month at a fixed price. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine implements Serializable {

    private static final long serialVersionUID = 1L;

    /** UN/ECE Recommendation 20 unit codes, as EN 16931 requires. */
    static final String HOURS = "HUR";
    static final String MONTHS = "MON";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_line_seq")
    @SequenceGenerator(name = "invoice_line_seq", sequenceName = "invoice_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    @Column(name = "line_number")
    private int lineNumber;

    @Column(name = "work_date")
    private LocalDate workDate;

    private String description;

    private BigDecimal quantity;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    private BigDecimal amount;

    /** What was billed ({@code meeting:12}, {@code fixed:7:2026-11}); empty on a credit note. */
    private String source;

    protected InvoiceLine() {
    }

    InvoiceLine(Invoice invoice, int lineNumber, LocalDate workDate, String description, BigDecimal quantity, String unitCode,
                BigDecimal unitPrice, String source) {
        this.invoice = invoice;
        this.lineNumber = lineNumber;
        this.workDate = workDate;
        this.description = description.length() > 300 ? description.substring(0, 300) : description;
        this.quantity = quantity;
        this.unitCode = unitCode;
        this.unitPrice = unitPrice;
        this.amount = quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
        this.source = source;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getSource() {
        return source;
    }
}
