package no.ledernett.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The next invoice number: one row, locked by whoever takes numbers, so numbers are given in order,
 * and an approval that rolls back gives its numbers back. The bookkeeping act (bokføringsforskriften
 * § 5-1-1) wants invoices numbered in an unbroken series; a database sequence would leave gaps.
 */
@Entity
@Table(name = "invoice_number_counter")
public class InvoiceNumberCounter {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "next_number")
    private long nextNumber;

    protected InvoiceNumberCounter() {
    }

    long take() {
        return nextNumber++;
    }
}
